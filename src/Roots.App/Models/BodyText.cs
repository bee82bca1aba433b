using Roots.Core.Model;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Models;

/// <summary>One item's text to translate into one language: its distinct paragraphs, in order.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Language">The target language.</param>
/// <param name="Paragraphs">The distinct paragraphs of its text (see <see cref="BodyParagraphs"/>).</param>
internal sealed record BodyText(long ItemId, string Language, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The paragraphs' cache keys, in order.</summary>
    public IReadOnlyList<string> Hashes { get; } = [.. Paragraphs.Select(BodyParagraphs.Hash)];

    /// <summary>The paragraphs <paramref name="cached"/> has no translation of, with their tokens, in order.</summary>
    public IReadOnlyList<BodyParagraph> Missing(IReadOnlyDictionary<string, ParagraphTranslation> cached, ITokenCounter counter) =>
        [.. Paragraphs.Select((p, i) => (Text: p, Sha: Hashes[i])).Where(p => !cached.ContainsKey(p.Sha)).Select(p => new BodyParagraph(p.Sha, p.Text, counter.CountTokens(p.Text)))];
}
