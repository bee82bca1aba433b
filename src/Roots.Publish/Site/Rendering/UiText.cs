namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The words of the default theme's navigation and headings, in Chinese and English; any other
/// language gets the English words (its content is still shown in its own language). Templates
/// read them as <c>{{ t.latest }}</c>, so an overriding template can use its own words instead.
/// </summary>
public static class UiText
{
    private static readonly Dictionary<string, string> s_en = new(StringComparer.Ordinal)
    {
        ["home"] = "Home", ["latest"] = "Latest", ["tags"] = "Tags", ["categories"] = "Categories",
        ["years"] = "Years", ["authors"] = "Authors", ["about"] = "About", ["search"] = "Search",
        ["search_placeholder"] = "Search titles, keywords, summaries…", ["search_none"] = "Nothing found.",
        ["search_help"] = "Type a word in English or Chinese.",
        ["related"] = "Related", ["backlinks"] = "Mentioned by", ["identifiers"] = "Identifiers",
        ["cite"] = "Cite this", ["plain_text"] = "Plain text", ["abstract"] = "Abstract",
        ["keywords"] = "Keywords", ["category"] = "Category", ["published"] = "Published",
        ["languages"] = "Languages", ["original_language"] = "Original language", ["feeds"] = "Feeds",
        ["items"] = "items", ["licence"] = "Licence", ["text"] = "Text", ["all_items"] = "All items",
        ["choose_language"] = "Choose a language",
    };

    private static readonly Dictionary<string, string> s_zh = new(StringComparer.Ordinal)
    {
        ["home"] = "首页", ["latest"] = "最新", ["tags"] = "标签", ["categories"] = "分类",
        ["years"] = "年份", ["authors"] = "作者", ["about"] = "关于", ["search"] = "搜索",
        ["search_placeholder"] = "搜索标题、关键词、摘要…", ["search_none"] = "没有找到。",
        ["search_help"] = "输入中文或英文词语。",
        ["related"] = "相关文章", ["backlinks"] = "提及本文的文章", ["identifiers"] = "标识符",
        ["cite"] = "引用本文", ["plain_text"] = "纯文本", ["abstract"] = "摘要",
        ["keywords"] = "关键词", ["category"] = "分类", ["published"] = "发表",
        ["languages"] = "语言", ["original_language"] = "原文语言", ["feeds"] = "订阅",
        ["items"] = "篇", ["licence"] = "许可协议", ["text"] = "正文", ["all_items"] = "全部文章",
        ["choose_language"] = "选择语言",
    };

    /// <summary>The words for <paramref name="language"/>.</summary>
    public static IReadOnlyDictionary<string, string> For(string language) =>
        Model.Localized.Primary(language) == "zh" ? s_zh : s_en;

    /// <summary>The name of a language in itself, for the language switcher.</summary>
    public static string LanguageName(string language) => Model.Localized.Primary(language) switch
    {
        "zh" => "中文",
        "en" => "English",
        "ja" => "日本語",
        "ko" => "한국어",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "ru" => "Русский",
        "ar" => "العربية",
        "pt" => "Português",
        _ => language,
    };
}
