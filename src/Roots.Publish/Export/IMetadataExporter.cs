using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes a <see cref="PublicationRecord"/> in one metadata format. Get one by name from
/// <see cref="ExportFormats"/>.
/// </summary>
/// <remarks>
/// Implementations are stateless and thread-safe, and deterministic: the same record (and, for a
/// record without a publication date, the same clock day) always gives the same characters.
/// Text is written to the <see cref="TextWriter"/> as characters; write it to a file as UTF-8
/// without BOM (<see cref="MetadataExporterExtensions.WriteUtf8"/> does).
/// </remarks>
public interface IMetadataExporter
{
    /// <summary>The format's name as users type it: <c>datacite</c>, <c>bibtex</c> …</summary>
    string Name { get; }

    /// <summary>The IANA media type of the output, such as <c>application/x-bibtex</c>.</summary>
    string MediaType { get; }

    /// <summary>The usual file extension, with the dot: <c>.xml</c>, <c>.bib</c>, <c>.ris</c> …</summary>
    string FileExtension { get; }

    /// <summary>Writes one record as a complete document.</summary>
    void Write(PublicationRecord record, TextWriter writer);
}
