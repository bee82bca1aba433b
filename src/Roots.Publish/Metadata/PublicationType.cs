namespace Roots.Publish.Metadata;

/// <summary>
/// What kind of work a publication is. Each exporter maps it to its own vocabulary through
/// one table (<c>PublicationTypes</c>), so adding a type means adding one row.
/// </summary>
public enum PublicationType
{
    /// <summary>An article in a journal; the default.</summary>
    JournalArticle,

    /// <summary>A preprint or working paper.</summary>
    Preprint,

    /// <summary>A report.</summary>
    Report,

    /// <summary>A book.</summary>
    Book,

    /// <summary>A chapter or section of a book.</summary>
    BookChapter,

    /// <summary>A paper in conference proceedings.</summary>
    ConferencePaper,

    /// <summary>A data set.</summary>
    Dataset,

    /// <summary>Software.</summary>
    Software,

    /// <summary>Anything else.</summary>
    Other,
}
