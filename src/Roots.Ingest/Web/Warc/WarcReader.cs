using System.Globalization;
using System.IO.Compression;
using System.Text;
using Roots.Core;

namespace Roots.Ingest.Web.Warc;

/// <summary>
/// Reads WARC files back, gzip-per-record (<c>.warc.gz</c>) or plain (<c>.warc</c>): for
/// <c>roots reindex</c> (re-derive text from what was received) and for checking that files are
/// valid. A malformed or truncated record ends the enumeration with one failure naming it;
/// nothing throws for bad content.
/// </summary>
public static class WarcReader
{
    /// <summary>Largest block accepted: 1 GiB. A bigger Content-Length is corruption, not content.</summary>
    public const long MaxBlockBytes = 1024L * 1024 * 1024;

    /// <summary>Every record of <paramref name="path"/>, in order; a failure, if any, comes last.</summary>
    public static IEnumerable<Result<WarcRecord>> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
        using var input = Decompressed(file);
        while (true)
        {
            var next = Next(input);
            if (next is null)
            {
                yield break;
            }

            yield return next.Value;
            if (!next.Value.IsSuccess)
            {
                yield break;
            }
        }
    }

    /// <summary>The one record at <paramref name="location"/> (from <see cref="WarcWriter"/>).</summary>
    public static Result<WarcRecord> ReadAt(WarcLocation location)
    {
        using var file = new FileStream(location.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(location.Offset, SeekOrigin.Begin);
        using var input = Decompressed(file);
        return Next(input) ?? Result<WarcRecord>.Fail($"no record at offset {location.Offset} of {location.FilePath}");
    }

    private static Stream Decompressed(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var start = file.Position;
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = start;
        return new BufferedStream(isGzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file, 64 * 1024);
    }

    /// <summary>The next record; null at a clean end of file.</summary>
    private static Result<WarcRecord>? Next(Stream input)
    {
        try
        {
            string? version;
            while ((version = ReadLine(input)) is { Length: 0 })
            {
            }

            if (version is null)
            {
                return null;
            }

            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                return Result<WarcRecord>.Fail($"not a WARC record: '{Shorten(version)}'");
            }

            var fields = new List<KeyValuePair<string, string>>();
            for (var line = ReadLine(input); !string.IsNullOrEmpty(line); line = ReadLine(input))
            {
                var colon = line.IndexOf(':');
                if (colon > 0)
                {
                    fields.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
                }
            }

            var lengthText = fields.FirstOrDefault(f => f.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
            if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > MaxBlockBytes)
            {
                return Result<WarcRecord>.Fail($"bad Content-Length '{lengthText}' in WARC record");
            }

            var block = new byte[length];
            input.ReadExactly(block);
            Span<byte> end = stackalloc byte[4];
            input.ReadExactly(end);
            return end.SequenceEqual("\r\n\r\n"u8)
                ? Result<WarcRecord>.Ok(new WarcRecord(version, fields, block))
                : Result<WarcRecord>.Fail("WARC record not followed by CRLF CRLF");
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException)
        {
            return Result<WarcRecord>.Fail($"truncated or corrupt WARC record: {ex.Message}");
        }
    }

    /// <summary>A CRLF- or LF-terminated line (UTF-8); null at end of stream; caps a line at 64 KiB.</summary>
    private static string? ReadLine(Stream input)
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
            }

            if (bytes.Count >= 64 * 1024)
            {
                throw new InvalidDataException("WARC header line longer than 64 KiB");
            }

            bytes.Add((byte)b);
        }

        return bytes.Count == 0 ? null : throw new EndOfStreamException("WARC header cut off");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
