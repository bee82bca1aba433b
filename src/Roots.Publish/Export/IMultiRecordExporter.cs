using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// An exporter whose format has a collection form (a BibTeX or RIS file of many entries, a
/// CSL-JSON array, a JSON-LD <c>@graph</c>, a DataCite JSON <c>data</c> array), so many records
/// go into one document. Formats without one (DataCite XML, Zenodo, oai_dc) are written one
/// document per record.
/// </summary>
public interface IMultiRecordExporter : IMetadataExporter
{
    /// <summary>Writes all records, in the order given, as one document.</summary>
    void WriteAll(IEnumerable<PublicationRecord> records, TextWriter writer);
}
