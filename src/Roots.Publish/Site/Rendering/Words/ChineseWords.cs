namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Simplified Chinese (<c>zh</c>), full-width colon, as Chinese typesetting has it. Every key English has; see <see cref="UiText"/>.</summary>
internal static class ChineseWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "首页",
        ["navigation"] = "网站导航",
        ["latest"] = "最新",
        ["tags"] = "标签",
        ["categories"] = "分类",
        ["years"] = "年份",
        ["authors"] = "作者",
        ["about"] = "关于",
        ["search"] = "搜索",
        ["search_placeholder"] = "搜索标题、关键词、摘要…",
        ["search_none"] = "没有找到。",
        ["search_help"] = "输入任意语言的词语。",
        ["related"] = "相关文章",
        ["backlinks"] = "提及本文的文章",
        ["identifiers"] = "标识符",
        ["cite"] = "引用本文",
        ["plain_text"] = "纯文本",
        ["abstract"] = "摘要",
        ["keywords"] = "关键词",
        ["category"] = "分类",
        ["published"] = "发表",
        ["languages"] = "语言",
        ["original_language"] = "原文语言",
        ["machine_translation"] = "机器翻译",
        ["feeds"] = "订阅",
        ["items"] = "篇",
        ["licence"] = "许可协议",
        ["text"] = "正文",
        ["all_items"] = "全部文章",
        ["choose_language"] = "选择语言",
        ["colon"] = "：",
    };
}
