namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Arabic (<c>ar</c>), written right to left: see <see cref="Roots.Core.Analysis.TextDirection"/>. Every key English has; see <see cref="UiText"/>.</summary>
internal static class ArabicWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "الرئيسية",
        ["navigation"] = "التنقل في الموقع",
        ["latest"] = "الأحدث",
        ["tags"] = "الوسوم",
        ["categories"] = "التصنيفات",
        ["years"] = "السنوات",
        ["authors"] = "المؤلفون",
        ["about"] = "حول الموقع",
        ["search"] = "بحث",
        ["search_placeholder"] = "ابحث في العناوين والكلمات المفتاحية والملخصات…",
        ["search_none"] = "لم يُعثر على نتائج.",
        ["search_help"] = "اكتب كلمة بأي لغة.",
        ["related"] = "مقالات ذات صلة",
        ["backlinks"] = "ورد ذكره في",
        ["identifiers"] = "المعرّفات",
        ["cite"] = "استشهد بهذا المقال",
        ["plain_text"] = "نص عادي",
        ["abstract"] = "الملخص",
        ["keywords"] = "الكلمات المفتاحية",
        ["category"] = "التصنيف",
        ["published"] = "تاريخ النشر",
        ["languages"] = "اللغات",
        ["original_language"] = "اللغة الأصلية",
        ["machine_translation"] = "ترجمة آلية",
        ["feeds"] = "الخلاصات",
        ["items"] = "مقالات",
        ["licence"] = "الترخيص",
        ["text"] = "النص",
        ["all_items"] = "جميع المقالات",
        ["choose_language"] = "اختر اللغة",
        ["colon"] = ": ",
    };
}
