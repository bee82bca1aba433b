using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Maps charset labels (from HTTP headers, HTML meta tags and the detector) to decoders.
/// Labels are widened to their supersets the way browsers do (GB2312 and GBK to GB18030, EUC-KR
/// to code page 949, ISO-8859-1 and ASCII to windows-1252), because documents labelled with the
/// narrow name routinely contain characters only the superset has.
/// </summary>
internal static class CharsetResolver
{
    private static readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gb2312"] = "GB18030", ["gbk"] = "GB18030", ["x-gbk"] = "GB18030", ["cp936"] = "GB18030",
        ["windows-936"] = "GB18030", ["euc-cn"] = "GB18030", ["csgb2312"] = "GB18030", ["gb_2312-80"] = "GB18030",
        ["big5-hkscs"] = "big5", ["cn-big5"] = "big5", ["x-x-big5"] = "big5", ["cp950"] = "big5",
        ["shift-jis"] = "shift_jis", ["sjis"] = "shift_jis", ["x-sjis"] = "shift_jis", ["ms_kanji"] = "shift_jis",
        ["windows-31j"] = "shift_jis", ["cp932"] = "shift_jis",
        ["euc-kr"] = "ks_c_5601-1987", ["windows-949"] = "ks_c_5601-1987", ["cp949"] = "ks_c_5601-1987",
        ["iso-8859-1"] = "windows-1252", ["iso_8859-1"] = "windows-1252", ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252", ["us-ascii"] = "windows-1252", ["ascii"] = "windows-1252", ["cp1252"] = "windows-1252",
        ["utf8"] = "utf-8", ["unicode-1-1-utf-8"] = "utf-8", ["utf-16"] = "utf-16le", ["unicode"] = "utf-16le",
    };

    /// <summary>Detector results worth trusting; anything else (Mac, DOS and EBCDIC pages …) is ignored.</summary>
    private static readonly HashSet<string> _sensibleDetections = new(StringComparer.OrdinalIgnoreCase)
    {
        "utf-8", "ascii", "utf-16le", "utf-16be", "utf-32le", "utf-32be",
        "gb18030", "gb2312", "gbk", "big5", "shift_jis", "shift-jis", "euc-jp", "iso-2022-jp", "euc-kr", "ks_c_5601-1987",
        "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255",
        "windows-1256", "windows-1257", "windows-1258", "koi8-r", "koi8-u",
        "iso-8859-1", "iso-8859-2", "iso-8859-5", "iso-8859-7", "iso-8859-9", "iso-8859-15",
    };

    static CharsetResolver() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when a detector's guess is one of the encodings people actually write in.</summary>
    public static bool IsSensibleDetection(string? label) => label is not null && _sensibleDetections.Contains(label);

    /// <summary>
    /// Resolves <paramref name="label"/> to a decoder that turns bad bytes into U+FFFD (never
    /// throws on content), or null when the label names no encoding this runtime knows.
    /// </summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (_aliases.TryGetValue(name, out var target))
        {
            name = target;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The label reported in metadata: the common web name, in lower case.</summary>
    public static string Label(Encoding encoding) => encoding.CodePage switch
    {
        54936 => "gb18030",
        949 => "euc-kr",
        932 => "shift_jis",
        950 => "big5",
        1200 => "utf-16le",
        1201 => "utf-16be",
        12000 => "utf-32le",
        12001 => "utf-32be",
        65001 => "utf-8",
        _ => encoding.WebName.ToLowerInvariant(),
    };
}
