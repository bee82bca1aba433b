using Roots.App.Ingest.Stages;
using Roots.App.Items;
using Roots.Core.Understanding;

namespace Roots.App.Publish;

/// <summary>
/// A bilingual file (a Chinese essay then its English version, see <see cref="Core.Understanding.Authored.LanguageSplit"/>)
/// is one item that publishes as two language versions of one work: the first half under the item's
/// own language, the second under its own, each with its title, the author's abstract and keywords,
/// and only its own half of the text. The second version has no item of its own; it is made here
/// from the item's fields, with a negative id no item can have.
/// </summary>
internal static class LanguageHalves
{
    /// <summary>Where the item's second language version starts in its text, or null for an item in one language.</summary>
    public static int? Start(IReadOnlyDictionary<string, string> fields) => BilingualText.SecondStart(fields);

    /// <summary>The text of the item's first language version (all of it for an item in one language).</summary>
    public static string FirstText(string text, IReadOnlyDictionary<string, string> fields) => BilingualText.FirstText(text, fields);

    /// <summary><paramref name="facts"/> with every bilingual item as its two language versions.</summary>
    public static List<ItemFacts> Expand(IReadOnlyList<ItemFacts> facts)
    {
        var all = new List<ItemFacts>(facts.Count);
        foreach (var f in facts)
        {
            const string Second = StatementsStage.SecondPrefix;
            if (Start(f.Fields) is not int at || !f.Fields.TryGetValue(Second + "language", out string? language)
                || !f.Fields.TryGetValue(Second + "title", out string? title) || language == f.Item.Language)
            {
                all.Add(f);
                continue;
            }

            var first = new TextPart(f.Item.Id, 0, at);
            var second = new TextPart(f.Item.Id, at, null);
            all.Add(f with { Text = first.Of(f.Text), Part = first });
            string secondText = second.Of(f.Text);
            var keywords = AuthorFields.Keywords(f.Fields, Second);
            all.Add(new ItemFacts(
                f.Item with { Id = -f.Item.Id, Title = title, Language = language },
                secondText,
                f.Fields,
                f.Category,
                null,
                f.CitedDois,
                AuthorFields.Abstract(f.Fields, Second) ?? (secondText.Length > 0 ? ExtractiveSummarizer.Summarize(secondText, language) : ""),
                keywords.Count > 0 ? keywords : f.Keywords)
            {
                TextKey = f.TextKey is null ? null : f.TextKey + "." + language,
                Part = second,
            });
        }

        return all;
    }
}

/// <summary>The part of an item's text one language version holds.</summary>
/// <param name="ItemId">The item whose text it is.</param>
/// <param name="Start">Where the part starts.</param>
/// <param name="End">Where it ends; null for the end of the text.</param>
internal sealed record TextPart(long ItemId, int Start, int? End)
{
    /// <summary>This part of <paramref name="text"/> (empty text stays empty: it is read later).</summary>
    public string Of(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int start = Math.Min(Start, text.Length);
        int end = Math.Clamp(End ?? text.Length, start, text.Length);
        return text[start..end];
    }
}
