using Roots.Core.Identifiers;
using Roots.Publish.Metadata;

namespace Roots.Publish.Tests.Support;

/// <summary>
/// Records that are hard for a citation format to carry, handed to citation-js by the judge
/// tests: Chinese names and titles, name parts, organisations, no author, partial dates, TeX's
/// special characters, keywords, a journal with its ISSN.
/// </summary>
public static class HardRecords
{
    /// <summary>A journal with a Chinese title and a valid ISSN (the seed essay's).</summary>
    public static Journal ChineseJournal { get; } = new()
    {
        Titles = [new("zh", "时代跃迁"), new("en", "The Epochal Transition")],
        Issn = Records.Id(IdentifierKind.Issn, "3083-5178"),
    };

    /// <summary>Chinese title, Chinese author in family/given parts, full date, DOI, journal with ISSN, Chinese keywords.</summary>
    public static PublicationRecord Chinese { get; } = new()
    {
        Id = "chinese",
        Language = "zh",
        Titles = [new("zh", "词元之后：AI时代真正稀缺的是什么？")],
        Creators = [Creator.Person("吴", "朝晖")],
        PublicationDate = PartialDate.Create(2026, 6, 1).Value,
        Doi = Records.Id(IdentifierKind.Doi, "10.5281/zenodo.20400001"),
        Journal = ChineseJournal,
        Keywords = [new("zh", "词元"), new("zh", "人工智能"), new("zh", "系统构建能力")],
    };

    /// <summary>Two people, one with a two-word family name and accents; year and month only.</summary>
    public static PublicationRecord TwoAuthors { get; } = new()
    {
        Id = "two-authors",
        Language = "en",
        Titles = [new("en", "On Two Authors")],
        Creators = [Creator.Person("García Márquez", "Gabriel"), Creator.Person("Smith", "Jane Q.")],
        PublicationDate = PartialDate.Create(2024, 3).Value,
        Doi = Records.Id(IdentifierKind.Doi, "10.1000/xyz-123.4(5)"),
        Journal = new Journal { Titles = [new("en", "Journal of Examples")], Issn = Records.Id(IdentifierKind.Issn, "0317-8471") },
    };

    /// <summary>An organisation whose name holds "and", which BibTeX would otherwise read as two names; year only.</summary>
    public static PublicationRecord Organisation { get; } = new()
    {
        Id = "organisation",
        Language = "en",
        Titles = [new("en", "The State of Food and Agriculture")],
        Creators = [Creator.Organization("Food and Agriculture Organization of the United Nations")],
        PublicationDate = PartialDate.Create(2023).Value,
        Type = PublicationType.Report,
    };

    /// <summary>No author at all (and no journal that could lend one), year only.</summary>
    public static PublicationRecord NoAuthor { get; } = new()
    {
        Id = "no-author",
        Language = "en",
        Titles = [new("en", "An Anonymous Pamphlet")],
        PublicationDate = PartialDate.Create(1850).Value,
    };

    /// <summary>Every character TeX treats specially, in the title and keywords.</summary>
    public static PublicationRecord SpecialCharacters { get; } = new()
    {
        Id = "special",
        Language = "en",
        Titles = [new("en", SpecialTitle)],
        Creators = [Creator.Person("O'Neil", "Ann")],
        Keywords = [new("en", "C#"), new("en", "50% off"), new("en", "R&D")],
        PublicationDate = PartialDate.Create(2025, 12, 31).Value,
    };

    /// <summary>The title of <see cref="SpecialCharacters"/>: { } % &amp; $ # _ \ ~ ^, each where it would do harm.</summary>
    public const string SpecialTitle = @"Braces {x} 100% R&D costs $5 #1 snake_case back\slash ~tilde ^caret";
}
