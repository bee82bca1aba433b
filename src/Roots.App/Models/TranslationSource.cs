using System.Security.Cryptography;
using System.Text;

namespace Roots.App.Models;

/// <summary>
/// What <c>roots translate</c> translates of one item: its title, its summary (the model's, else the extractive
/// one) and its keywords, with the hash that decides whether a stored translation is still current.
/// </summary>
/// <param name="ItemId">The item.</param>
/// <param name="Language">The item's own language (primary subtag; <c>und</c> when unknown).</param>
/// <param name="Title">The title.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Keywords">The keywords, best first.</param>
/// <param name="Sha256">See <see cref="Hash"/>.</param>
internal sealed record TranslationSource(long ItemId, string Language, string Title, string Summary, IReadOnlyList<string> Keywords, string Sha256)
{
    /// <summary>
    /// SHA-256 of the item's title and current text. Summary and keywords are derived from them; keywords are
    /// ranked against the whole library and shift as it grows, so hashing them would re-buy translations of
    /// unchanged items. Publishing recomputes the same hash to leave stale translations out.
    /// </summary>
    public static string Hash(string title, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + text)));
}
