using System.Globalization;

namespace Roots.Ingest.Web.Warc;

/// <summary>
/// One WARC record: its named fields, in order, and its block. Read back by <see cref="WarcReader"/>;
/// written by <see cref="WarcWriter"/>. Immutable.
/// </summary>
/// <param name="Version">The version line, e.g. <c>WARC/1.1</c>.</param>
/// <param name="Fields">The named fields in file order.</param>
/// <param name="Block">The block: for <c>response</c> records the HTTP response as received.</param>
public sealed record WarcRecord(string Version, IReadOnlyList<KeyValuePair<string, string>> Fields, ReadOnlyMemory<byte> Block)
{
    /// <summary><c>warcinfo</c>, <c>request</c>, <c>response</c> …</summary>
    public string Type => Field("WARC-Type") ?? string.Empty;

    /// <summary>The <c>&lt;urn:uuid:…&gt;</c> record id.</summary>
    public string RecordId => Field("WARC-Record-ID") ?? string.Empty;

    /// <summary>The URL the record is about, when it has one.</summary>
    public string? TargetUri => Field("WARC-Target-URI")?.Trim('<', '>');

    /// <summary>When the content was captured.</summary>
    public DateTimeOffset? Date =>
        DateTimeOffset.TryParse(Field("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>The first value of field <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>
    /// Checks <c>WARC-Block-Digest</c> and, for HTTP records, <c>WARC-Payload-Digest</c>; null when
    /// both hold (or are absent), else which one does not.
    /// </summary>
    public string? VerifyDigests()
    {
        if (Field("WARC-Block-Digest") is { } block && !WarcDigest.Matches(block, Block.Span))
        {
            return $"block digest mismatch in record {RecordId}";
        }

        if (Field("WARC-Payload-Digest") is { } payload)
        {
            var message = WarcHttpMessage.Parse(Block);
            if (!message.IsSuccess || !WarcDigest.Matches(payload, message.Value.Body.Span))
            {
                return $"payload digest mismatch in record {RecordId}";
            }
        }

        return null;
    }
}
