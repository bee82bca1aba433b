using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes BibTeX entries (<c>@article{wu2026beyond, …}</c>) for LaTeX users and reference
/// managers, as UTF-8 with biblatex field names where BibTeX has none (<c>date</c>,
/// <c>langid</c>, <c>doi</c>, <c>url</c>).
/// </summary>
/// <remarks>
/// Every value is escaped (see <c>BibTexText.Escape</c>), so braces always balance and no input can
/// inject a field or an entry. Keys are stable (<c>CitationKeys</c>). Many records make one file of
/// entries separated by blank lines. Stateless and thread-safe.
/// </remarks>
public sealed class BibTexExporter : IMultiRecordExporter
{
    /// <inheritdoc />
    public string Name => "bibtex";

    /// <inheritdoc />
    public string MediaType => "application/x-bibtex";

    /// <inheritdoc />
    public string FileExtension => ".bib";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer) => WriteAll([record], writer);

    /// <inheritdoc />
    public void WriteAll(IEnumerable<PublicationRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        var resolved = records.Select(ResolvedRecord.Of).ToList();
        var keys = CitationKeys.ForAll(resolved);
        for (int i = 0; i < resolved.Count; i++)
        {
            if (i > 0)
            {
                writer.Write('\n');
            }

            WriteEntry(resolved[i], keys[i], writer);
        }
    }

    private static void WriteEntry(ResolvedRecord r, string key, TextWriter writer)
    {
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string? value)
        {
            string escaped = BibTexText.Escape(value);
            if (escaped.Length > 0)
            {
                fields.Add((name, escaped));
            }
        }

        if (r.Creators.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", r.Creators.Select(Author))));
        }

        Add("title", r.TitleText);
        foreach (var translated in r.TranslatedTitles.Take(1))
        {
            // biblatex's field for a title's translation.
            Add("titleaddon", translated.Text);
        }

        Add(r.Record.Type == PublicationType.JournalArticle ? "journal" : "howpublished", r.JournalTitle?.Text);
        Add("year", r.Record.PublicationDate?.YearText);
        Add("date", r.Record.PublicationDate?.ToIsoString());
        Add("volume", r.Record.Volume);
        Add("number", r.Record.Issue);
        Add("publisher", r.Publisher);
        Add("issn", r.Issn);
        Add("doi", r.Doi);
        if (r.BestUrl is { } url)
        {
            fields.Add(("url", BibTexText.Url(url)));
        }

        Add("langid", r.Language);
        Add("keywords", string.Join(", ", r.KeywordsInLanguage()));
        Add("abstract", r.Abstract?.Text);
        Add("version", r.Record.Version);
        Add("license", r.License?.SpdxId);

        writer.Write("@" + r.Type.BibTex + "{" + key + ",\n");
        for (int i = 0; i < fields.Count; i++)
        {
            writer.Write("  " + fields[i].Name + " = {" + fields[i].Value + "}" + (i < fields.Count - 1 ? "," : "") + "\n");
        }

        writer.Write("}\n");
    }

    // BibTeX separates authors with " and ": a literal (organisation) name is braced so its own
    // "and" or comma is not read as a separator.
    private static string Author(Creator creator)
    {
        string escaped = BibTexText.Escape(CreatorNames.Inverted(creator));
        return CreatorNames.HasParts(creator) ? escaped : "{" + escaped + "}";
    }
}
