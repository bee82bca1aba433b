using System.Text;
using System.Text.Unicode;

namespace Roots.Ingest.Sources;

/// <summary>
/// Turns the bytes of a file name into the name shown and stored. Linux names are bytes; nearly
/// all are UTF-8, but zips made on Chinese Windows unpack to GBK names, which .NET would show as
/// U+FFFD and could then not open. Such a name is read as GB18030 (a superset of GBK), so
/// <c>D6 D0 CE C4</c> shows as 中文; bytes that are neither become <c>\xNN</c>, so that two
/// different names never show (and are stored) the same.
/// </summary>
internal static class NativeName
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The name shown for <paramref name="bytes"/>.</summary>
    public static string Display(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        try
        {
            string legacy = Gb18030.Value.GetString(bytes);
            if (!legacy.AsSpan().ContainsAnyInRange('\0', '\u001f'))
            {
                return legacy;
            }
        }
        catch (DecoderFallbackException)
        {
            // Not GBK either: escaped below.
        }

        return Escaped(bytes);
    }

    /// <summary>True when <paramref name="bytes"/> is not the UTF-8 of the name .NET shows for it.</summary>
    public static bool IsLegacy(ReadOnlySpan<byte> bytes) => !Utf8.IsValid(bytes);

    private static string Escaped(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                consumed = Math.Max(1, consumed);
                foreach (byte b in bytes[..consumed])
                {
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{b:X2}");
                }
            }

            bytes = bytes[consumed..];
        }

        return text.ToString();
    }
}
