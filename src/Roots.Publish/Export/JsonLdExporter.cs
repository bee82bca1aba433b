using System.Text.Json;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes schema.org JSON-LD: a <c>ScholarlyArticle</c> (or the type's schema.org class) that
/// <c>isPartOf</c> a <c>Periodical</c> with its ISSN, with <c>Person</c> authors identified by
/// ORCID, the DOI as a <c>PropertyValue</c>, language, keywords, date and licence. Search engines
/// read it from a page's <c>&lt;script type="application/ld+json"&gt;</c>.
/// </summary>
/// <remarks>
/// The output is always safe to embed in HTML: strings are encoded with
/// <c>JsonOutput.HtmlSafe</c>, which writes &lt; &gt; &amp; as \u003C \u003E \u0026, so no title can
/// contain <c>&lt;/script&gt;</c> or <c>&lt;!--</c>, while Chinese stays readable. The same bytes
/// serve as a <c>.jsonld</c> file. Many records become one <c>@graph</c>. Stateless and thread-safe.
/// </remarks>
public sealed class JsonLdExporter : IMultiRecordExporter
{
    /// <inheritdoc />
    public string Name => "jsonld";

    /// <inheritdoc />
    public string MediaType => "application/ld+json";

    /// <inheritdoc />
    public string FileExtension => ".jsonld";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer)
    {
        var r = ResolvedRecord.Of(record);
        JsonOutput.Write(writer, JsonOutput.HtmlSafe, json => JsonLdWork.Write(json, r, withContext: true));
    }

    /// <inheritdoc />
    public void WriteAll(IEnumerable<PublicationRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(records);
        var resolved = records.Select(ResolvedRecord.Of).ToList();
        JsonOutput.Write(writer, JsonOutput.HtmlSafe, json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", JsonLdWork.Context);
            json.WriteStartArray("@graph");
            foreach (var r in resolved)
            {
                JsonLdWork.Write(json, r, withContext: false);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the record as a complete <c>&lt;script type="application/ld+json"&gt;</c> element
    /// for a page head, ending with a newline.
    /// </summary>
    public void WriteScript(PublicationRecord record, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var r = ResolvedRecord.Of(record);
        writer.Write("<script type=\"application/ld+json\">\n");
        writer.Write(JsonOutput.ToText(JsonOutput.HtmlSafe, json => JsonLdWork.Write(json, r, withContext: true)));
        writer.Write("\n</script>\n");
    }
}
