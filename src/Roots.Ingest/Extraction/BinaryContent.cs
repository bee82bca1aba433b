namespace Roots.Ingest.Extraction;

/// <summary>
/// Tells text from binary by looking at a sample: text never holds NUL, and holds few other
/// control characters. Used twice: on raw bytes by <see cref="MediaTypeSniffer"/> and on decoded
/// characters by <see cref="TextDecoder"/>, so that a binary file handed straight to an
/// extractor is refused as well.
/// </summary>
internal static class BinaryContent
{
    /// <summary>How much of the start is examined: 8 KiB, enough for a verdict and cheap on a 20 MB file.</summary>
    public const int SampleLength = 8 * 1024;

    /// <summary>
    /// Share of control characters above which a sample is binary: 5 %. Random bytes hold about
    /// 11 %; text holds almost none (tab, line feed, carriage return, form feed and escape, which
    /// coloured logs use, are not counted).
    /// </summary>
    private const double MaxControlShare = 0.05;

    /// <summary>True when the first <see cref="SampleLength"/> bytes look binary.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content.Length > SampleLength ? content[..SampleLength] : content;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (IsSuspectControl(b))
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls > sample.Length * MaxControlShare;
    }

    /// <summary>True when the first <see cref="SampleLength"/> characters look binary.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < 0x80 && IsSuspectControl((byte)c))
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls > sample.Length * MaxControlShare;
    }

    private static bool IsSuspectControl(byte b) =>
        (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B)) || b == 0x7F;
}
