using System.Globalization;
using Roots.App.Models;
using Roots.App.Publish;
using Roots.Core.Ports;
using Roots.Core.Understanding;
using Roots.Tokens.LanguageTax;

namespace Roots.App.Tokens;

/// <summary>
/// The library's own translation pairs, for the language tax by meaning: each English item paired
/// with its other language versions (the translation groups publishing uses:
/// <see cref="TranslationGroups"/>), and each stored translation (<c>roots translate</c>) between
/// English and another language, as the title and summary that were translated.
/// </summary>
/// <param name="items">Texts and versions.</param>
/// <param name="summaries">The model summaries that <c>roots translate</c> translated, where it had one.</param>
/// <param name="facts">What publishing knows of each item, for the translation groups.</param>
/// <param name="languages">The site's languages, most preferred first (they decide which version is the original).</param>
internal sealed class LibraryTranslationPairs(IItemStore items, IModelSummaryStore summaries, PublishFacts facts, Func<IReadOnlyList<string>> languages)
{
    /// <summary>Pairs kept per language at most, so a huge library measures a sample instead of every text.</summary>
    public const int MaxPairsPerLanguage = 200;

    /// <summary>The pairs, by language, at most <see cref="MaxPairsPerLanguage"/> each.</summary>
    public async Task<IReadOnlyList<MeaningPair>> FindAsync(CancellationToken cancellationToken)
    {
        var all = await facts.SiteFactsAsync(ItemSelection.All, null, null, cancellationToken).ConfigureAwait(false);
        var groups = TranslationGroups.Find(all, await facts.MentionsAsync(cancellationToken).ConfigureAwait(false), languages());
        var pairs = new List<MeaningPair>();
        foreach (var group in groups)
        {
            var english = group.FirstOrDefault(f => Primary(f.Item.Language) == "en");
            if (english is not null)
            {
                string englishText = await TextAsync(english, cancellationToken).ConfigureAwait(false);
                foreach (var version in group.Where(f => f != english && Comparable(f.Item.Language)))
                {
                    pairs.Add(new MeaningPair(Primary(version.Item.Language), await TextAsync(version, cancellationToken).ConfigureAwait(false), englishText,
                        string.Create(CultureInfo.InvariantCulture, $"#{version.Item.Id} ↔ #{english.Item.Id}")));
                }
            }

            foreach (var member in group)
            {
                foreach (var translation in member.StoredTranslations)
                {
                    string from = Primary(member.Item.Language), to = Primary(translation.Language);
                    // Only pairs with English, and not a language the group already has as a whole version (measured above, on more text).
                    if (from == to || (from != "en" && to != "en") || !Comparable(from) || !Comparable(to) || group.Any(f => Primary(f.Item.Language) == to))
                    {
                        continue;
                    }

                    string original = await TranslatedSourceAsync(member, cancellationToken).ConfigureAwait(false);
                    string translated = translation.Title + "\n\n" + translation.Summary;
                    string source = string.Create(CultureInfo.InvariantCulture, $"#{member.Item.Id} translated into {to}");
                    pairs.Add(to == "en" ? new MeaningPair(from, original, translated, source) : new MeaningPair(to, translated, original, source));
                }
            }
        }

        return [.. pairs.GroupBy(p => p.Language, StringComparer.Ordinal).SelectMany(g => g.Take(MaxPairsPerLanguage))];
    }

    private static string Primary(string language) => TranslationLanguages.Primary(language);

    // An item whose language is unknown is no side of a pair: the tax would be charged to nobody.
    private static bool Comparable(string language) => Primary(language) is { Length: > 0 } code && code != "und";

    private async Task<string> TextAsync(ItemFacts item, CancellationToken cancellationToken) =>
        item.Text.Length > 0 ? item.Text : await items.GetTextAsync(item.Item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";

    /// <summary>
    /// What <c>roots translate</c> sent of the item: its title and the summary it used (the newest
    /// model summary of the current version, else the extractive one). The keywords are left out:
    /// they were ranked against the library as it then was and cannot be told again exactly.
    /// </summary>
    private async Task<string> TranslatedSourceAsync(ItemFacts member, CancellationToken cancellationToken)
    {
        var item = member.Item;
        string text = await TextAsync(member, cancellationToken).ConfigureAwait(false);
        var versions = await items.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        string? sha = versions.FirstOrDefault(v => v.Number == item.CurrentVersion)?.Sha256;
        string summary = sha is not null && await summaries.LatestModelSummaryAsync(item.Id, sha, cancellationToken).ConfigureAwait(false) is { } byModel
            ? byModel.Summary
            : ExtractiveSummarizer.Summarize(text, item.Language);
        return item.Title + "\n\n" + summary;
    }
}
