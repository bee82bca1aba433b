using System.Text.RegularExpressions;
using Roots.Core.Model;

namespace Roots.App.Publish;

/// <summary>
/// Finds the items that are language versions of one work. Two simple, visible rules, so a user
/// can always tell why two items were paired and how to pair or unpair them:
/// <list type="number">
/// <item><b>Same name, language suffix.</b> External ids or file names that differ only by a
/// suffix naming each item's own language: <c>essay-1.zh</c> / <c>essay-1.en</c> (JSONL
/// <c>_id</c>), <c>beyond-tokens.zh.md</c> / <c>beyond-tokens.en.md</c> in one folder,
/// <c>note_zh</c> / <c>note_en</c>.</item>
/// <item><b>Each cites the other's own DOI.</b> A Chinese essay that links "English version:
/// https://doi.org/…" to an English item whose own DOI that is, and the English one links back,
/// and the languages differ: seen in the mention links in both directions (items collected from
/// doi.org) or in the DOIs each text carries (items whose own DOI their front matter gives).</item>
/// <item><b>The translation says so.</b> Its source carried <c>translation_of</c> (Markdown front
/// matter) naming the original by its own DOI, its external id, or its file name.</item>
/// <item><b>They cite the same works.</b> Two items in different languages whose texts cite the same
/// DOIs: at least <see cref="MinSharedReferences"/>, and at least 80% of either list (an essay and
/// its translation keep their reference list; two different papers of one author rarely share
/// nearly all of theirs).</item>
/// <item><b>One file, two halves.</b> A bilingual file's two language versions (see <see cref="LanguageHalves"/>).</item>
/// </list>
/// A group never holds two items of one language. The original is the one published first; on a
/// tie, the one in the earliest of the site's languages (a journal that lists <c>zh</c> first
/// writes in Chinese and translates), then the one collected first.
/// Without either signal every item is a work of its own, which is always correct if less rich.
/// </summary>
public static partial class TranslationGroups
{
    /// <summary>Groups <paramref name="items"/>; each group lists the original first, then the translations by language.</summary>
    /// <param name="items">The items being published.</param>
    /// <param name="mentions">Mention links among them with their evidence (<c>doi:10.…</c>).</param>
    /// <param name="languages">The site's languages, most preferred first, for choosing the original.</param>
    public static IReadOnlyList<IReadOnlyList<ItemFacts>> Find(IReadOnlyList<ItemFacts> items, IReadOnlyList<Link> mentions, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(mentions);
        var byId = items.ToDictionary(f => f.Item.Id);
        var parent = items.ToDictionary(f => f.Item.Id, f => f.Item.Id);
        var members = items.ToDictionary(f => f.Item.Id, f => new List<ItemFacts> { f });

        long Root(long id)
        {
            while (parent[id] != id)
            {
                id = parent[id] = parent[parent[id]];
            }

            return id;
        }

        void Join(long a, long b)
        {
            long ra = Root(a), rb = Root(b);
            if (ra == rb || members[ra].Any(x => members[rb].Any(y => y.Item.Language == x.Item.Language)))
            {
                return;
            }

            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            parent[drop] = keep;
            members[keep].AddRange(members[drop]);
            members.Remove(drop);
        }

        foreach (var sameStem in items.Select(f => (Stem: Stem(f.Item), f.Item.Id)).Where(s => s.Stem is not null).GroupBy(s => s.Stem!, StringComparer.Ordinal))
        {
            long first = sameStem.Min(s => s.Id);
            foreach (var (_, id) in sameStem)
            {
                Join(first, id);
            }
        }

        var doiMentions = mentions.Where(l => byId.ContainsKey(l.SourceId) && byId.ContainsKey(l.TargetId)
                && byId[l.TargetId].Doi is { } doi && l.Evidence == "doi:" + doi.Value)
            .Select(l => (l.SourceId, l.TargetId)).ToHashSet();
        foreach (var (source, target) in doiMentions.Order())
        {
            if (source < target && doiMentions.Contains((target, source)) && byId[source].Item.Language != byId[target].Item.Language)
            {
                Join(source, target);
            }
        }

        // The same rule from the items' own facts: an item whose DOI came from its front matter (not
        // from a doi.org address it was collected from) is no mention target, but its text's DOIs are known.
        var ownDois = items.Where(f => f.Doi is not null).GroupBy(f => f.Doi!.Value, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        foreach (var facts in items.Where(f => f.Doi is not null).OrderBy(f => f.Item.Id))
        {
            foreach (var cited in facts.CitedDois)
            {
                if (ownDois.TryGetValue(cited.Value, out var other) && other.Item.Id != facts.Item.Id && other.Item.Language != facts.Item.Language
                    && other.CitedDois.Any(d => string.Equals(d.Value, facts.Doi!.Value, StringComparison.OrdinalIgnoreCase)))
                {
                    Join(facts.Item.Id, other.Item.Id);
                }
            }
        }

        var named = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var facts in items.OrderByDescending(f => f.Item.Id))
        {
            foreach (string name in NamesOf(facts))
            {
                named[name] = facts.Item.Id;
            }
        }

        foreach (var facts in items)
        {
            if (facts.Fields.TryGetValue("translation_of", out string? original) && Normalise(original) is { Length: > 0 } key
                && named.TryGetValue(key, out long target) && byId[target].Item.Language != facts.Item.Language)
            {
                Join(facts.Item.Id, target);
            }
        }

        foreach (var (a, b) in SameReferences(items))
        {
            Join(a, b);
        }

        // The two language versions of one bilingual file (see LanguageHalves).
        foreach (var facts in items.Where(f => f.Part is { Start: > 0 } part && byId.ContainsKey(part.ItemId)))
        {
            Join(facts.Part!.ItemId, facts.Item.Id);
        }

        var order = languages.Select((l, i) => (l, i)).DistinctBy(p => p.l).ToDictionary(p => p.l, p => p.i, StringComparer.OrdinalIgnoreCase);
        int Preference(string language) => order.GetValueOrDefault(language, int.MaxValue);
        return members.OrderBy(m => m.Key).Select(m => (IReadOnlyList<ItemFacts>)m.Value
            .OrderBy(f => PublicationMapper.DateOf(f.Item.Published)?.ToIsoString() ?? "9999")
            .ThenBy(f => f.Part is { Start: > 0 } ? 1 : 0)
            .ThenBy(f => Preference(f.Item.Language)).ThenBy(f => f.Item.Id).ToList()).ToList();
    }

    /// <summary>The fewest cited DOIs two items must share to be paired by their references.</summary>
    public const int MinSharedReferences = 3;

    /// <summary>Pairs of items in different languages that cite nearly the same DOIs (rule 4), lower id first.</summary>
    internal static IEnumerable<(long, long)> SameReferences(IReadOnlyList<ItemFacts> items)
    {
        var cites = items.Where(f => f.CitedDois.Count >= MinSharedReferences && f.Part is null)
            .ToDictionary(f => f.Item.Id, f => f.CitedDois.Select(d => d.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        var byDoi = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var (id, dois) in cites)
        {
            foreach (string doi in dois)
            {
                (byDoi.TryGetValue(doi, out var ids) ? ids : byDoi[doi] = []).Add(id);
            }
        }

        var shared = new Dictionary<(long, long), int>();
        foreach (var ids in byDoi.Values.Where(l => l.Count is > 1 and <= 50))
        {
            foreach (long a in ids)
            {
                foreach (long b in ids.Where(b => b > a))
                {
                    shared[(a, b)] = shared.GetValueOrDefault((a, b)) + 1;
                }
            }
        }

        var language = items.ToDictionary(f => f.Item.Id, f => f.Item.Language);
        return shared.Where(p => p.Value >= MinSharedReferences && language[p.Key.Item1] != language[p.Key.Item2]
                && p.Value >= 0.8 * cites[p.Key.Item1].Count && p.Value >= 0.8 * cites[p.Key.Item2].Count)
            .Select(p => p.Key).Order();
    }

    /// <summary>What a <c>translation_of</c> may call an item: its own DOI, its external id, its file name (with and without extension).</summary>
    internal static IEnumerable<string> NamesOf(ItemFacts facts) => NamesOf(facts.Item, facts.Doi);

    /// <summary>What a <c>translation_of</c> may call <paramref name="item"/>, whose own DOI is <paramref name="doi"/>.</summary>
    internal static IEnumerable<string> NamesOf(Item item, Core.Identifiers.Identifier? doi)
    {
        if (doi is not null)
        {
            yield return Normalise(doi.Value);
        }

        if (item.ExternalId is { Length: > 0 } externalId)
        {
            yield return Normalise(externalId);
        }

        if (Path.IsPathFullyQualified(item.Source))
        {
            yield return Normalise(Path.GetFileName(item.Source));
            yield return Normalise(Path.GetFileNameWithoutExtension(item.Source));
        }
    }

    /// <summary>A DOI as a bare <c>10.…</c> (doi.org URL or <c>doi:</c> prefix removed), anything else trimmed.</summary>
    internal static string Normalise(string name)
    {
        string trimmed = name.Trim();
        foreach (string prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[prefix.Length..];
            }
        }

        return trimmed;
    }

    /// <summary>The name without its language suffix, when the suffix is the item's own language; else <c>null</c>.</summary>
    internal static string? Stem(Item item)
    {
        string? name = item.ExternalId;
        string scope = "id:";
        if (name is null && Path.IsPathFullyQualified(item.Source))
        {
            name = Path.GetFileNameWithoutExtension(item.Source);
            scope = "file:" + Path.GetDirectoryName(item.Source) + "/";
        }

        if (name is null)
        {
            return null;
        }

        var match = LanguageSuffix().Match(name);
        return match.Success && string.Equals(match.Groups[2].Value, item.Language, StringComparison.OrdinalIgnoreCase)
            ? scope + match.Groups[1].Value
            : null;
    }

    [GeneratedRegex(@"^(.+)[._-]([A-Za-z]{2,3})$")]
    private static partial Regex LanguageSuffix();
}
