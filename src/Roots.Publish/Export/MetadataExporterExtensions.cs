using System.Text;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>Convenience methods for writing exports to streams and strings.</summary>
public static class MetadataExporterExtensions
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes one record to <paramref name="stream"/> as UTF-8 without BOM; the stream is left open.</summary>
    public static void WriteUtf8(this IMetadataExporter exporter, PublicationRecord record, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StreamWriter(stream, s_utf8, bufferSize: 16 * 1024, leaveOpen: true);
        exporter.Write(record, writer);
    }

    /// <summary>Writes many records to <paramref name="stream"/> as one UTF-8 document; the stream is left open.</summary>
    public static void WriteAllUtf8(this IMultiRecordExporter exporter, IEnumerable<PublicationRecord> records, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StreamWriter(stream, s_utf8, bufferSize: 16 * 1024, leaveOpen: true);
        exporter.WriteAll(records, writer);
    }

    /// <summary>The export of one record as a string.</summary>
    public static string WriteToString(this IMetadataExporter exporter, PublicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        exporter.Write(record, writer);
        return writer.ToString();
    }
}
