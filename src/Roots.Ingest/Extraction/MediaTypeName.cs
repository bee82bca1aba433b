namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads media type strings as they arrive from HTTP headers and callers:
/// <c>Text/HTML; charset=GBK</c> names <c>text/html</c> with a declared charset.
/// </summary>
internal static class MediaTypeName
{
    /// <summary>True when <paramref name="mediaType"/> (parameters and case ignored) is <paramref name="expected"/>.</summary>
    public static bool Is(string? mediaType, string expected) =>
        mediaType is not null && Essence(mediaType).Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The type and subtype without parameters, trimmed.</summary>
    public static ReadOnlySpan<char> Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType.AsSpan() : mediaType.AsSpan(0, semicolon)).Trim();
    }

    /// <summary>The <c>charset</c> parameter, unquoted, or null when there is none.</summary>
    public static string? Charset(string? mediaType)
    {
        if (mediaType is null)
        {
            return null;
        }

        foreach (var part in mediaType.Split(';').Skip(1))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && part.AsSpan(0, equals).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = part[(equals + 1)..].Trim().Trim('"', '\'').Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }
}
