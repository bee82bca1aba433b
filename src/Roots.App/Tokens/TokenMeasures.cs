using System.Globalization;
using Roots.App.Items;
using Roots.Core.Ports;
using Roots.Tokens;
using Roots.Tokens.LanguageTax;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Tokens;

/// <summary>Tokens of the library's own texts: one item's text for <c>roots tokens</c>, and the token tax each language pays.</summary>
/// <param name="items">The items and their texts.</param>
/// <param name="lookup">Which item a user's id means.</param>
/// <param name="translationPairs">The library's own translation pairs (see <see cref="LanguageTaxOverviewAsync"/>); null for none.</param>
public sealed class TokenMeasures(IItemStore items, ItemLookup lookup, Func<CancellationToken, Task<IReadOnlyList<MeaningPair>>>? translationPairs = null)
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

        var newest = await items.ListAsync(new ItemFilter(null, null, null, null, 1000, 0), cancellationToken).ConfigureAwait(false);
        var texts = new List<(string Language, string Text)>();
        foreach (var group in newest.GroupBy(i => i.Language, StringComparer.Ordinal))
        {
            foreach (var item in group.Take(perLanguage))
            {
                string text = await items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
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

    /// <summary>
    /// The library's language tax by meaning, with the per-character figures of
    /// <see cref="LanguageTaxAsync"/> beside it: per language other than English and default
    /// tokenizer, the tokens of a text over the tokens of the same content in English, measured on
    /// the library's own translation pairs (language versions of one work, stored translations)
    /// where it has them in that language, else on the bundled reference corpus; the overview's
    /// <see cref="LanguageTaxOverview.Basis"/> says which.
    /// </summary>
    public async Task<LanguageTaxOverview> LanguageTaxOverviewAsync(int perLanguage = LanguageTaxSample, CancellationToken cancellationToken = default)
    {
        var perCharacters = await LanguageTaxAsync(perLanguage, cancellationToken).ConfigureAwait(false);
        var tokenizers = TokenizerSelection.Resolve(null, TokenizerRegistry.Shared);
        if (!tokenizers.IsSuccess)
        {
            return new LanguageTaxOverview([], perCharacters, "by meaning: the default tokenizers did not load");
        }

        var pairs = translationPairs is null ? [] : await translationPairs(cancellationToken).ConfigureAwait(false);
        return LanguageTaxByMeaning.Build(perCharacters, pairs, tokenizers.Value);
    }

    /// <summary>
    /// The current text of item <paramref name="id"/> (its number, or the external id it was imported
    /// with) for <c>roots tokens</c>, or null when there is no such item.
    /// </summary>
    public async Task<TokenInput?> TokenInputAsync(string id, CancellationToken cancellationToken = default)
    {
        var item = await lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        string text = await items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        return new TokenInput(string.Create(CultureInfo.InvariantCulture, $"#{item.Id} {item.Title}"), text);
    }
}
