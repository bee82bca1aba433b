using System.Text;

namespace Roots.Core.Identifiers;

/// <summary>
/// Text helpers shared by the identifier parsers. Comparisons are ASCII-only on purpose: culture
/// case rules (the dotless ı, the Kelvin sign K) must never make a non-ASCII string match "doi:".
/// </summary>
internal static class IdentifierText
{
    /// <summary>Inputs longer than this are refused before any work: no identifier is this long.</summary>
    public const int MaxInputLength = 4096;

    public static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, string prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);

    /// <summary>Removes the first of <paramref name="prefixes"/> that <paramref name="text"/> starts with.</summary>
    public static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (StartsWithIgnoreCase(text, prefix))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    /// <summary>
    /// Removes a written label such as "ISSN", "ISSN:", "ISSN：" or "issn:" when it is followed by a
    /// separator (space, colon, full-width colon) or the end; returns whether one was removed.
    /// </summary>
    public static bool TryStripLabel(ref ReadOnlySpan<char> text, string label)
    {
        if (!StartsWithIgnoreCase(text, label))
        {
            return false;
        }

        var rest = text[label.Length..];
        if (rest.Length > 0 && !IsLabelSeparator(rest[0]))
        {
            return false;
        }

        text = rest.TrimStart(LabelSeparators);
        return true;
    }

    /// <summary>Spaces and colons (ASCII and full-width) that may follow a label such as "ISSN".</summary>
    public const string LabelSeparators = " \t\u00A0\u3000:\uFF1A";

    public static bool IsLabelSeparator(char c) => LabelSeparators.Contains(c);

    /// <summary>Hyphen-minus and the dashes that PDF and word-processor text put in its place.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\uFF0D';

    /// <summary>The characters <see cref="IsDash"/> accepts.</summary>
    public const string Dashes = "-\u2010\u2011\u2012\u2013\uFF0D";

    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    public static int DigitValue(char c) => c - '0';

    /// <summary>True when <paramref name="text"/> holds only ASCII digits.</summary>
    public static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>A short, single-line rendering of user input for a failure reason.</summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        const int max = 60;
        var shown = text.Length <= max ? text : text[..(max - 3)];
        var chars = new char[shown.Length];
        for (int i = 0; i < shown.Length; i++)
        {
            chars[i] = char.IsControl(shown[i]) ? ' ' : shown[i];
        }

        string quoted = new(chars);
        return text.Length <= max ? quoted : quoted + "...";
    }
}
