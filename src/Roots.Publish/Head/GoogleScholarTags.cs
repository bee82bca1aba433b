using Roots.Publish.Metadata;

namespace Roots.Publish.Head;

/// <summary>
/// Builds the Highwire Press <c>citation_*</c> tags Google Scholar indexes articles by
/// (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing).
/// </summary>
/// <remarks>
/// Scholar requires at least <c>citation_title</c>, one <c>citation_author</c> and
/// <c>citation_publication_date</c> (as <c>2026/06/01</c>, or just the year); authors appear one
/// tag each in citation order, each followed by its <c>citation_author_institution</c> and
/// <c>citation_author_orcid</c>. Only http(s) URLs are emitted. Stateless and thread-safe.
/// </remarks>
public static class GoogleScholarTags
{
    /// <summary>The tags for <paramref name="record"/>; tags with no value are left out.</summary>
    public static IReadOnlyList<MetaTag> Build(PublicationRecord record)
    {
        var r = ResolvedRecord.Of(record);
        var tags = new List<MetaTag>();
        void Add(string key, string? value)
        {
            string text = CleanText.OneLine(value);
            if (text.Length > 0)
            {
                tags.Add(MetaTag.Name(key, text));
            }
        }

        Add("citation_title", r.TitleText);
        foreach (var creator in r.Creators)
        {
            Add("citation_author", CreatorNames.Inverted(creator));
            Add("citation_author_institution", creator.Affiliation);
            Add("citation_author_orcid", CreatorNames.OrcidUrl(creator));
        }

        Add("citation_publication_date", record.PublicationDate?.ToSlashString());
        Add("citation_journal_title", r.JournalTitle?.Text);
        Add("citation_publisher", r.Publisher);
        Add("citation_volume", record.Volume);
        Add("citation_issue", record.Issue);
        Add("citation_issn", r.Issn);
        Add("citation_doi", r.Doi);
        Add("citation_language", r.Language);
        foreach (string keyword in r.KeywordsInLanguage())
        {
            Add("citation_keywords", keyword);
        }

        Add("citation_abstract_html_url", r.LandingPage);
        Add("citation_pdf_url", r.PdfUrl);
        return tags;
    }
}
