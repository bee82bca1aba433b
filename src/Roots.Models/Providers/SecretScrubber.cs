using System.Text.RegularExpressions;

namespace Roots.Models.Providers;

/// <summary>
/// Removes API keys from text before it reaches a log, an error message, the ledger or a file:
/// the exact key values Roots read from the environment, and anything shaped like a key
/// (<c>sk-…</c>, <c>Bearer …</c>) in case a provider echoes one back. Thread-safe.
/// </summary>
public sealed partial class SecretScrubber
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***";

    private readonly string[] _secrets;

    /// <summary>A scrubber for these exact secrets (empty and very short values are ignored).</summary>
    public SecretScrubber(IEnumerable<string?> secrets) =>
        _secrets = [.. secrets.Where(s => s is { Length: >= 6 }).Select(s => s!).Distinct().OrderByDescending(s => s.Length)];

    /// <summary>A scrubber that only removes key-shaped text.</summary>
    public static SecretScrubber Patterns { get; } = new([]);

    /// <summary>The text with every secret replaced by <see cref="Mask"/>.</summary>
    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (string secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return KeyShaped().Replace(text, m => m.Groups["prefix"].Value + Mask);
    }

    /// <summary>True when <paramref name="value"/> looks like an API key (for <c>roots doctor</c>'s key-in-file check).</summary>
    public static bool LooksLikeKey(string value) => KeyShaped().IsMatch(value);

    [GeneratedRegex(@"(?<prefix>\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}|(?<prefix>)\b(?:sk|pk|rk|or|ak)-[A-Za-z0-9_-]{12,}|(?<prefix>)\bAIza[0-9A-Za-z_-]{30,}", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShaped();
}
