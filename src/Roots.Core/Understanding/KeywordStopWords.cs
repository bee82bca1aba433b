namespace Roots.Core.Understanding;

/// <summary>
/// Words that are never keywords: frequent function words of English and Chinese. Longer than the
/// search stop list on purpose — a search for "would" should still work, but "would" is no keyword.
/// </summary>
internal static class KeywordStopWords
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "about", "above", "after", "again", "against", "all", "also", "although", "always", "among", "and", "another", "any", "are",
        "around", "because", "been", "before", "being", "below", "between", "both", "but", "can", "cannot", "could", "did", "does",
        "doing", "done", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further", "get",
        "gets", "got", "had", "has", "have", "having", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "into", "its", "itself", "just", "least", "less", "let", "like", "made", "make", "makes", "many", "may", "might", "more", "most",
        "much", "must", "myself", "near", "need", "never", "nor", "not", "now", "off", "often", "once", "one", "only", "other", "others",
        "our", "ours", "ourselves", "out", "over", "own", "per",
        // What is left of a contraction once the apostrophe splits it ("isn't" → "isn", "t").
        "isn", "aren", "wasn", "weren", "doesn", "didn", "don", "hasn", "haven", "hadn", "couldn", "wouldn", "shouldn", "won", "ain", "mustn", "needn", "perhaps", "rather", "really", "same", "says", "said", "see", "seen",
        "several", "shall", "she", "should", "since", "some", "something", "still", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "therefore", "these", "they", "thing", "things", "this", "those", "though", "through",
        "thus", "too", "two", "under", "until", "upon", "use", "used", "uses", "using", "very", "was", "way", "ways", "well", "were",
        "what", "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "one", "first", "new", "good", "time", "year",
        "years", "day", "days", "http", "https", "www", "com", "org", "html",
    };

    private static readonly HashSet<string> Chinese = new(StringComparer.Ordinal)
    {
        "我们", "你们", "他们", "她们", "它们", "自己", "一个", "一些", "一种", "这个", "那个", "这些", "那些", "这样", "那样", "这种",
        "那种", "什么", "怎么", "为什么", "如何", "没有", "不是", "就是", "还是", "但是", "而且", "因为", "所以", "如果", "虽然",
        "可以", "可能", "能够", "需要", "应该", "已经", "正在", "开始", "然后", "之后", "以后", "以前", "之前", "时候", "现在",
        "其实", "当然", "只是", "只有", "所有", "每个", "这里", "那里", "以及", "或者", "并且", "不过", "然而", "即使", "而是",
        "通过", "对于", "关于", "由于", "作为", "成为", "进行", "一样", "非常", "比较", "更加", "一直", "一定", "之一", "其中",
        "不能", "不会", "不要", "觉得", "知道", "看到", "认为", "来说", "的话", "起来", "出来", "下来", "一下", "有些", "很多",
    };

    public static bool IsEnglish(string lowerWord) => English.Contains(lowerWord);

    public static bool IsChinese(string word) => Chinese.Contains(word);
}
