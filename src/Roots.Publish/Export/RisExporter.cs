using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes RIS, the tagged format EndNote, Zotero and Mendeley import: one <c>TAG  - value</c>
/// per line, CRLF line ends, each record from <c>TY</c> to <c>ER</c>.
/// </summary>
/// <remarks>
/// RIS is line-oriented, so line breaks inside values (abstracts) are folded into spaces: no value
/// can start a new tag or end a record early. CRLF is used whatever the platform, as the
/// specification requires. Many records are written one after another. Stateless and thread-safe.
/// </remarks>
public sealed class RisExporter : IMultiRecordExporter
{
    private const string Crlf = "\r\n";

    /// <inheritdoc />
    public string Name => "ris";

    /// <inheritdoc />
    public string MediaType => "application/x-research-info-systems";

    /// <inheritdoc />
    public string FileExtension => ".ris";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer) => WriteAll([record], writer);

    /// <inheritdoc />
    public void WriteAll(IEnumerable<PublicationRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var record in records)
        {
            WriteRecord(ResolvedRecord.Of(record), writer);
        }
    }

    private static void WriteRecord(ResolvedRecord r, TextWriter writer)
    {
        void Line(string tag, string? value)
        {
            string text = CleanText.OneLine(value);
            if (text.Length > 0)
            {
                writer.Write(tag + "  - " + text + Crlf);
            }
        }

        Line("TY", r.Type.Ris);
        Line("TI", r.TitleText);
        foreach (var translated in r.TranslatedTitles)
        {
            Line("TT", translated.Text);
        }

        foreach (var creator in r.Creators)
        {
            Line("AU", CreatorNames.Inverted(creator));
        }

        Line("T2", r.JournalTitle?.Text);
        Line("JO", r.JournalTitle?.Text);
        Line("VL", r.Record.Volume);
        Line("IS", r.Record.Issue);
        if (r.Record.PublicationDate is { } date)
        {
            Line("PY", date.YearText);
            // DA is YYYY/MM/DD/other, with unknown parts left empty.
            Line("DA", date.YearText + "/" + (date.Month?.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) ?? "") + "/" + (date.Day?.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) ?? "") + "/");
        }

        Line("PB", r.Publisher);
        Line("SN", r.Issn);
        Line("DO", r.Doi);
        Line("UR", r.BestUrl);
        Line("L1", r.PdfUrl);
        Line("LA", r.Language);
        foreach (string keyword in r.Keywords.Select(k => CleanText.OneLine(k.Text)).Distinct(StringComparer.Ordinal))
        {
            Line("KW", keyword);
        }

        Line("AB", r.Abstract?.Text);
        Line("ET", r.Record.Version);
        writer.Write("ER  - " + Crlf);
    }
}
