using Roots.App.Tokens;
using Roots.Core.Ports;
using Roots.Tokens;
using Roots.Tokens.Tokenizers;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>Items per language measured by <see cref="LanguageTaxAsync"/> unless told otherwise.</summary>
    public const int LanguageTaxSample = 25;

    /// <summary>Characters of one item measured at most, so that one long PDF does not dominate its language.</summary>
    public const int LanguageTaxMaxCharacters = 20_000;

    /// <summary>
    /// The library's own language tax: for each language among the newest items, the newest
    /// <paramref name="perLanguage"/> items (each cut at <see cref="LanguageTaxMaxCharacters"/>) are
    /// counted with the default tokenizers (<see cref="TokenizerSelection.Defaults"/>), giving tokens per
    /// 1,000 characters by language and tokenizer: what the same amount of text costs in each language.
    /// </summary>
    public async Task<IReadOnlyList<LanguageTaxLine>> LanguageTaxAsync(int perLanguage = LanguageTaxSample, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perLanguage, 1);
        var tokenizers = TokenizerSelection.Resolve(null, TokenizerRegistry.Shared);
        if (!tokenizers.IsSuccess)
        {
            return [];
        }

        var newest = await _store.ListAsync(new ItemFilter(null, null, null, null, 1000, 0), cancellationToken).ConfigureAwait(false);
        var texts = new List<(string Language, string Text)>();
        foreach (var group in newest.GroupBy(i => i.Language, StringComparer.Ordinal))
        {
            foreach (var item in group.Take(perLanguage))
            {
                string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
                texts.Add((group.Key, text.Length > LanguageTaxMaxCharacters ? text[..LanguageTaxMaxCharacters] : text));
            }
        }

        return [.. texts.GroupBy(t => t.Language, StringComparer.Ordinal)
            .SelectMany(g => tokenizers.Value.Select(tokenizer =>
            {
                long characters = g.Sum(t => TextMeasure.CountCharacters(t.Text));
                long tokens = g.AsParallel().Sum(t => tokenizer.CountTokens(t.Text));
                return new LanguageTaxLine(g.Key, tokenizer.Name, g.Count(), characters, tokens, characters == 0 ? 0 : Math.Round(tokens * 1000.0 / characters, 1));
            }))
            .Where(l => l.Characters > 0)
            .OrderBy(l => l.Language, StringComparer.Ordinal)
            .ThenBy(l => l.Tokenizer, StringComparer.Ordinal)];
    }
}
