using Roots.App.Models;
using Roots.Core.Ports;

namespace Roots.App.Publish;

/// <summary>
/// The full texts <c>roots translate --body</c> bought, reassembled for publishing: an item's text in a site
/// language is known only when every paragraph of its current text (its own half, for a bilingual file) has a
/// stored translation into that language; a text with any paragraph missing, or changed since, is left out and
/// its page shows the original text, as before.
/// </summary>
internal static class TranslatedBodies
{
    /// <summary>
    /// By item id (a bilingual file's second version: its negative id) and site language, the translated text.
    /// Texts are read only when some paragraph has a translation into a site language at all, so a library that
    /// never bought one publishes as fast as before.
    /// </summary>
    /// <param name="facts">The versions published, bilingual files already split (see <see cref="LanguageHalves.Expand"/>).</param>
    /// <param name="languages">The site's languages.</param>
    /// <param name="paragraphs">The paragraph cache.</param>
    /// <param name="readText">Reads an item's current text, for facts the facts cache left without it.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<Dictionary<(long ItemId, string Language), string>> FindAsync(
        IReadOnlyList<ItemFacts> facts, IReadOnlyList<string> languages, IParagraphTranslationStore paragraphs,
        Func<long, CancellationToken, Task<string>> readText, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(long, string), string>();
        var siteLanguages = languages.Select(TranslationLanguages.Primary).ToHashSet(StringComparer.Ordinal);
        var translated = (await paragraphs.ParagraphTranslationLanguagesAsync(cancellationToken).ConfigureAwait(false))
            .Where(siteLanguages.Contains).ToList();
        if (translated.Count == 0)
        {
            return found;
        }

        foreach (var f in facts)
        {
            var targets = translated.Where(l => l != TranslationLanguages.Primary(f.Item.Language)).ToList();
            if (targets.Count == 0)
            {
                continue;
            }

            string text = f.Text.Length == 0 && f.TextKey is not null ? f.Slice(await readText(f.SourceId, cancellationToken).ConfigureAwait(false)) : f.Text;
            var hashes = BodyParagraphs.Split(text).Select(BodyParagraphs.Hash).ToList();
            if (hashes.Count == 0)
            {
                continue;
            }

            foreach (string language in targets)
            {
                var cached = await paragraphs.GetParagraphTranslationsAsync(language, hashes, null, cancellationToken).ConfigureAwait(false);
                if (hashes.All(cached.ContainsKey))
                {
                    found[(f.Item.Id, language)] = string.Join(BodyParagraphs.Separator, hashes.Select(h => cached[h].Text));
                }
            }
        }

        return found;
    }
}
