using System.Text;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>Legacy encodings for building test inputs; registers the code-page provider once.</summary>
internal static class TestEncodings
{
    static TestEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string encodingName, string text) => Encoding.GetEncoding(encodingName).GetBytes(text);

    /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/>, preamble (BOM) first.</summary>
    public static byte[] WithBom(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Deterministic random bytes (seeded), so a failing test fails the same way every run.</summary>
    public static byte[] RandomBytes(int length, int seed = 20240607)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
