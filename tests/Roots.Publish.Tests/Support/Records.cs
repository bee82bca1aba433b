using Roots.Core.Identifiers;
using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.TestKit;

namespace Roots.Publish.Tests.Support;

/// <summary>
/// Test records. The bilingual ones are modelled on the seed essay "词元之后 / Beyond Tokens" in
/// shared/seeds: its titles, author, ORCID iD, journal and ISSN, and DOIs it references are real;
/// the article's own DOIs, landing pages and volume/issue are illustrative (the seed names none).
/// </summary>
public static class Records
{
    public static ExportOptions Options { get; } = new() { Clock = new ManualClock(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)) };

    public static ExportFormats Formats { get; } = ExportFormats.Create(Options);

    public static Identifier Id(IdentifierKind kind, string value) => Identifier.Create(kind, value).Value;

    public static Creator Author { get; } = Creator.Person("Wu", "Zhaohui", Id(IdentifierKind.Orcid, "https://orcid.org/0009-0009-5318-3027"), "Independent International Scholar");

    public static Journal EpochalTransition { get; } = new()
    {
        Titles = [new("zh", "时代跃迁"), new("en", "The Epochal Transition")],
        Issn = Id(IdentifierKind.Issn, "3083-5178"),
        Publisher = "The Epochal Transition",
        BaseUrl = "https://times.net.au/",
        License = License.FromSpdx("CC-BY-4.0"),
        DefaultCreators = [Author],
    };

    /// <summary>The Chinese original, with its English title, abstract and keywords as translations.</summary>
    public static PublicationRecord BilingualZh { get; } = new()
    {
        Id = "beyond-tokens-zh",
        Language = "zh",
        Titles = [new("zh", "词元之后：AI时代真正稀缺的是什么？"), new("en", "Beyond Tokens: What Is Truly Scarce in the Age of AI?")],
        Abstracts =
        [
            new("zh", "词元（Token）正在成为AI时代的核心计量单位，但本文将论证：词元本身不是最终价值。随着推理成本持续下降，词元将像今天的网络流量和硬盘存储一样廉价而普遍。"),
            new("en", "Tokens are becoming the core unit of measurement in the AI era, but this article argues that tokens are not the ultimate value. As inference costs continue to decline, tokens will become as cheap and ubiquitous as internet traffic and hard drive storage are today."),
        ],
        Keywords =
        [
            new("zh", "词元"), new("zh", "人工智能"), new("zh", "系统构建能力"), new("zh", "独立学者"),
            new("en", "Token"), new("en", "Artificial Intelligence"), new("en", "System-Building Capability"), new("en", "Independent Scholar"),
        ],
        Subjects = [new("AI economy", "en", "Roots tags")],
        Creators = [Author],
        PublicationDate = PartialDate.Create(2026, 6, 1).Value,
        Doi = Id(IdentifierKind.Doi, "10.5281/zenodo.20400001"),
        Identifiers = [Id(IdentifierKind.Url, "https://times.net.au/beyond-tokens/zh")],
        Journal = EpochalTransition,
        Volume = "3",
        Issue = "6",
        LandingPage = "https://times.net.au/beyond-tokens/zh",
        PdfUrl = "https://times.net.au/beyond-tokens/zh.pdf",
        Version = "1.0",
        RelatedIdentifiers =
        [
            new(Id(IdentifierKind.Doi, "10.5281/zenodo.20400002"), RelationType.HasTranslation, PublicationType.JournalArticle, "en"),
            new(Id(IdentifierKind.Doi, "10.5281/zenodo.17978371"), RelationType.References),
            new(Id(IdentifierKind.Doi, "10.5281/zenodo.19044755"), RelationType.References),
            new(Id(IdentifierKind.Url, "https://nla.gov.au/nla.obj-4204311557"), RelationType.References),
        ],
    };

    /// <summary>The English translation, linked back to the original.</summary>
    public static PublicationRecord BilingualEn { get; } = BilingualZh with
    {
        Id = "beyond-tokens-en",
        Language = "en",
        Doi = Id(IdentifierKind.Doi, "10.5281/zenodo.20400002"),
        Identifiers = [],
        LandingPage = "https://times.net.au/beyond-tokens/en",
        PdfUrl = null,
        RelatedIdentifiers = [new(Id(IdentifierKind.Doi, "10.5281/zenodo.20400001"), RelationType.IsTranslationOf, PublicationType.JournalArticle, "zh")],
    };

    /// <summary>Only a title.</summary>
    public static PublicationRecord Minimal { get; } = new()
    {
        Id = "minimal",
        Titles = [new("", "A title and nothing else")],
    };

    /// <summary>Nothing at all but an id: no title, creators, date, DOI or journal.</summary>
    public static PublicationRecord Empty { get; } = new() { Id = "" };

    /// <summary>Everything a hostile source could put in text fields.</summary>
    public static PublicationRecord Hostile { get; } = new()
    {
        Id = "hostile\n</script>",
        Language = "en\"><script>",
        Titles = [new("en", "</script><script>alert(1)</script> \"quoted\" 'single' & <b>bold</b> {TeX} % # _ $ ~ ^ \\ \u0001\u0000 \ud800 ]]> -->")],
        Abstracts = [new("en", "Line one\r\nTY  - JOUR\r\nER  - \n<!-- comment --> </script>")],
        Keywords = [new("en", "a,b"), new("x\"y", "}{")],
        Creators = [new Creator { LiteralName = "Evil } and {Co \" </script>", NameType = NameType.Organizational }, new Creator { FamilyName = "O'Brien & Sons", GivenName = "<img src=x onerror=alert(1)>" }],
        Publisher = "Pub <lisher> & \"co\"",
        LandingPage = "javascript:alert(1)",
        PdfUrl = "data:text/html,<script>alert(1)</script>",
        Version = "\u0007",
        Journal = new Journal { Titles = [new("en", "J </script> \"&\"")], BaseUrl = "javascript:alert(1)" },
    };

    public static IEnumerable<(string Name, PublicationRecord Record)> GoldenFixtures =>
    [
        ("bilingual", BilingualZh),
        ("minimal", Minimal),
    ];
}
