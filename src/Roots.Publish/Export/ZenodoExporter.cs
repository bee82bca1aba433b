using System.Globalization;
using System.Text.Json;
using Roots.Core.Identifiers;
using Roots.Publish.Head;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes a Zenodo deposition metadata object, <c>{"metadata":{…}}</c>, as the Zenodo REST API
/// takes it when creating or updating a deposition.
/// </summary>
/// <remarks>
/// Always writes Zenodo's required fields: <c>upload_type</c> (and <c>publication_type</c> for
/// publications), <c>title</c>, <c>creators</c>, <c>description</c>, <c>publication_date</c> and
/// <c>access_right</c>. The description is HTML to Zenodo, so the abstracts are escaped and put
/// in paragraphs. The language is ISO 639-3 (<c>zho</c>, <c>eng</c>), as Zenodo requires.
/// Zenodo has no collection form: one document per record. Stateless and thread-safe.
/// </remarks>
public sealed class ZenodoExporter(ExportOptions? options = null) : IMetadataExporter
{
    private readonly ExportOptions _options = options ?? ExportOptions.Default;

    /// <inheritdoc />
    public string Name => "zenodo";

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer)
    {
        var r = ResolvedRecord.Of(record);
        JsonOutput.Write(writer, JsonOutput.Relaxed, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("metadata");
            json.WriteString("upload_type", r.Type.ZenodoUpload);
            json.String("publication_type", r.Type.ZenodoPublication);
            // Zenodo wants a full YYYY-MM-DD: a partial date takes the first month/day of its
            // period; a missing one is today, which is also what Zenodo itself defaults to.
            json.WriteString("publication_date", PublicationDate(record.PublicationDate));
            // title and creators are required: (:unav) is the standard value for unknown information.
            json.WriteString("title", CleanText.OneLine(r.TitleText) is { Length: > 0 } title ? title : StandardValues.Unavailable);
            WriteCreators(json, r);
            json.WriteString("description", Description(r));
            json.WriteString("access_right", "open");
            if (r.License is { } license)
            {
                // Zenodo's licence vocabulary uses the SPDX ids in lower case (cc-by-4.0).
                json.WriteString("license", CleanText.OneLine(license.SpdxId).ToLowerInvariant());
            }

            json.String("doi", r.Doi);
            json.Strings("keywords", r.Keywords.Select(k => k.Text).Distinct(StringComparer.Ordinal));
            json.String("language", LanguageTags.ToIso6393(r.Language));
            WriteRelated(json, r);
            json.String("journal_title", r.JournalTitle?.Text);
            json.String("journal_volume", record.Volume);
            json.String("journal_issue", record.Issue);
            json.String("version", record.Version);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private string PublicationDate(PartialDate? date)
    {
        if (date is not { } d)
        {
            return _options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return new DateOnly(d.Year, d.Month ?? 1, d.Day ?? 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void WriteCreators(Utf8JsonWriter json, ResolvedRecord r)
    {
        json.WriteStartArray("creators");
        foreach (var creator in r.Creators)
        {
            json.WriteStartObject();
            json.String("name", CreatorNames.Inverted(creator));
            json.String("affiliation", creator.Affiliation);
            json.String("orcid", CreatorNames.OrcidId(creator));
            json.WriteEndObject();
        }

        if (r.Creators.Count == 0)
        {
            json.WriteStartObject();
            json.WriteString("name", StandardValues.Unavailable);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Zenodo renders the description as (sanitised) HTML: each line of each abstract is escaped
    // text in its own paragraph. Without an abstract the title stands in, since a description is required.
    private static string Description(ResolvedRecord r)
    {
        var paragraphs = r.Abstracts
            .SelectMany(a => CleanText.Of(a.Text).Split('\n').Select(line => (a.Language, Line: line.Trim())))
            .Where(p => p.Line.Length > 0)
            .Select(p => "<p>" + HtmlText.Escape(p.Line) + "</p>")
            .ToList();
        if (paragraphs.Count == 0)
        {
            string title = CleanText.OneLine(r.TitleText);
            return "<p>" + HtmlText.Escape(title.Length > 0 ? title : StandardValues.Unavailable) + "</p>";
        }

        return string.Join("\n", paragraphs);
    }

    private static void WriteRelated(Utf8JsonWriter json, ResolvedRecord r)
    {
        var relations = new List<(string Id, string Relation, string Scheme, string? Type)>();
        if (r.Issn is { } issn)
        {
            relations.Add((issn, "isPublishedIn", "issn", null));
        }

        foreach (var related in r.Record.RelatedIdentifiers)
        {
            string? scheme = related.Target.Kind switch
            {
                IdentifierKind.Doi => "doi",
                IdentifierKind.Url => "url",
                IdentifierKind.Issn => "issn",
                IdentifierKind.Isbn => "isbn",
                IdentifierKind.Arxiv => "arxiv",
                _ => null,
            };
            if (scheme is not null)
            {
                // Zenodo's relation ids are DataCite's relation types in lower camel case.
                string relation = char.ToLowerInvariant(related.Relation.ToString()[0]) + related.Relation.ToString()[1..];
                relations.Add((related.Target.Value, relation, scheme, related.ResourceType is { } t ? ResourceType(t) : null));
            }
        }

        if (relations.Count == 0)
        {
            return;
        }

        json.WriteStartArray("related_identifiers");
        foreach (var (id, relation, scheme, type) in relations.Distinct())
        {
            json.WriteStartObject();
            json.WriteString("identifier", id);
            json.WriteString("relation", relation);
            json.WriteString("scheme", scheme);
            json.String("resource_type", type);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string ResourceType(PublicationType type)
    {
        var row = PublicationTypes.For(type);
        return row.ZenodoPublication is { } sub ? row.ZenodoUpload + "-" + sub : row.ZenodoUpload;
    }
}
