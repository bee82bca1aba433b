using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Roots.App.Models;

/// <summary>
/// An item's text as the paragraphs <c>roots translate --body</c> buys and publishing reassembles: split at blank
/// lines, each trimmed, empty ones dropped, and each known by the SHA-256 of its text. Both sides split with this one
/// rule, so a page finds every paragraph the translation run stored.
/// </summary>
internal static partial class BodyParagraphs
{
    /// <summary>What joins translated paragraphs back into a text: the blank line the page renderer reads as a paragraph break.</summary>
    public const string Separator = "\n\n";

    [GeneratedRegex(@"\n[ \t\f\v]*\n\s*")]
    private static partial Regex BlankLines();

    /// <summary>The paragraphs of <paramref name="text"/>, in order (none for an empty or blank text).</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return [.. BlankLines().Split(normalised).Select(p => p.Trim()).Where(p => p.Length > 0)];
    }

    /// <summary>SHA-256 (lower-case hex) of a paragraph's UTF-8 text: its key in the paragraph cache.</summary>
    public static string Hash(string paragraph) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(paragraph)));
}
