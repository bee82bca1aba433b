using System.Text.Json;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes CSL-JSON (Citation Style Language 1.0.2 data), the input of citeproc processors,
/// Pandoc and Zotero: always an array of items, one per record.
/// </summary>
/// <remarks>
/// The item <c>id</c> is the record's <see cref="PublicationRecord.Id"/>; keywords are one
/// comma-separated <c>keyword</c> string as CSL defines it. Stateless and thread-safe.
/// </remarks>
public sealed class CslJsonExporter : IMultiRecordExporter
{
    /// <inheritdoc />
    public string Name => "csl-json";

    /// <inheritdoc />
    public string MediaType => "application/vnd.citationstyles.csl+json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer) => WriteAll([record], writer);

    /// <inheritdoc />
    public void WriteAll(IEnumerable<PublicationRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(records);
        var resolved = records.Select(ResolvedRecord.Of).ToList();
        JsonOutput.Write(writer, JsonOutput.Relaxed, json =>
        {
            json.WriteStartArray();
            foreach (var r in resolved)
            {
                WriteItem(json, r);
            }

            json.WriteEndArray();
        });
    }

    private static void WriteItem(Utf8JsonWriter json, ResolvedRecord r)
    {
        json.WriteStartObject();
        json.WriteString("id", CleanText.OneLine(r.Record.Id));
        json.WriteString("type", r.Type.Csl);
        json.String("title", CleanText.OneLine(r.TitleText));
        if (r.Creators.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var creator in r.Creators)
            {
                json.WriteStartObject();
                if (CreatorNames.HasParts(creator))
                {
                    json.String("family", CleanText.OneLine(creator.FamilyName));
                    json.String("given", CleanText.OneLine(creator.GivenName));
                }
                else
                {
                    json.String("literal", CreatorNames.Display(creator));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (r.Record.PublicationDate is { } date)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(date.Year);
            if (date.Month is { } month)
            {
                json.WriteNumberValue(month);
            }

            if (date.Day is { } day)
            {
                json.WriteNumberValue(day);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.String("container-title", r.JournalTitle?.Text);
        json.String("volume", r.Record.Volume);
        json.String("issue", r.Record.Issue);
        json.String("publisher", r.Publisher);
        json.String("ISSN", r.Issn);
        json.String("DOI", r.Doi);
        json.String("URL", r.BestUrl);
        json.String("language", r.Language);
        json.String("abstract", r.Abstract?.Text);
        json.String("keyword", string.Join(", ", r.KeywordsInLanguage()));
        json.String("version", r.Record.Version);
        json.String("license", r.LicenseUrl ?? r.License?.SpdxId);
        json.WriteEndObject();
    }
}
