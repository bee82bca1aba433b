namespace Roots.Ingest.Web.Warc;

/// <summary>
/// Where a record lies: the file, and the offset and length of its gzip member, so that one
/// record can be read back without scanning the file (what a CDX index stores).
/// </summary>
public readonly record struct WarcLocation(string FilePath, long Offset, long Length, string RecordId);
