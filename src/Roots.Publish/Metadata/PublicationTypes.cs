namespace Roots.Publish.Metadata;

/// <summary>
/// The one table that maps a <see cref="PublicationType"/> to each format's vocabulary, so the
/// exporters agree on what a type means and a new type is one new row.
/// </summary>
internal static class PublicationTypes
{
    private static readonly Dictionary<PublicationType, PublicationTypeRow> s_rows = new()
    {
        [PublicationType.JournalArticle] = new("JournalArticle", "Article", "publication", "article", "article-journal", "article", "JOUR", "ScholarlyArticle", "info:eu-repo/semantics/article"),
        [PublicationType.Preprint] = new("Preprint", "Preprint", "publication", "preprint", "article", "unpublished", "UNPB", "ScholarlyArticle", "info:eu-repo/semantics/preprint"),
        [PublicationType.Report] = new("Report", "Report", "publication", "report", "report", "techreport", "RPRT", "Report", "info:eu-repo/semantics/report"),
        [PublicationType.Book] = new("Book", "Book", "publication", "book", "book", "book", "BOOK", "Book", "info:eu-repo/semantics/book"),
        [PublicationType.BookChapter] = new("BookChapter", "Chapter", "publication", "section", "chapter", "incollection", "CHAP", "Chapter", "info:eu-repo/semantics/bookPart"),
        [PublicationType.ConferencePaper] = new("ConferencePaper", "Conference paper", "publication", "conferencepaper", "paper-conference", "inproceedings", "CPAPER", "ScholarlyArticle", "info:eu-repo/semantics/conferenceObject"),
        [PublicationType.Dataset] = new("Dataset", "Dataset", "dataset", null, "dataset", "misc", "DATA", "Dataset", "info:eu-repo/semantics/other"),
        [PublicationType.Software] = new("Software", "Software", "software", null, "software", "misc", "COMP", "SoftwareSourceCode", "info:eu-repo/semantics/other"),
        [PublicationType.Other] = new("Text", "Text", "publication", "other", "document", "misc", "GEN", "CreativeWork", "info:eu-repo/semantics/other"),
    };

    /// <summary>The row for <paramref name="type"/>; an undefined value maps to <see cref="PublicationType.Other"/>.</summary>
    public static PublicationTypeRow For(PublicationType type) =>
        s_rows.TryGetValue(type, out var row) ? row : s_rows[PublicationType.Other];
}
