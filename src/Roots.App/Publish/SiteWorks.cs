using System.Globalization;
using Roots.Core.Model;
using Roots.Publish.Site;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Rendering;

namespace Roots.App.Publish;

/// <summary>The works a site shows: items grouped with their translations, related works and backlinks.</summary>
internal static class SiteWorks
{
    /// <summary>How many related works an item page lists.</summary>
    private const int PublishedRelated = 5;

    /// <summary>Groups items into works, maps each version to its record, and links related works and backlinks.</summary>
    /// <param name="facts">The items.</param>
    /// <param name="mentions">Mention links among all items.</param>
    /// <param name="options">The site's options.</param>
    /// <param name="readText">Reads an item's text, for items whose facts came from the cache without it; thread-safe.</param>
    /// <param name="translatedBodies">
    /// Texts bought by <c>roots translate --body</c> (see <see cref="TranslatedBodies"/>), by item id and language: a site
    /// language that no version of a work covers shows its original's translated text; null or absent, the original text.
    /// </param>
    /// <returns>The works, and by work slug the items whose text <paramref name="readText"/> will be asked for.</returns>
    public static (List<SiteWork> Works, Dictionary<string, List<long>> Unread) Build(
        IReadOnlyList<ItemFacts> facts, IReadOnlyList<Link> mentions, SiteOptions options, Func<long, string> readText,
        IReadOnlyDictionary<(long ItemId, string Language), string>? translatedBodies = null)
    {
        var unread = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var groups = TranslationGroups.Find(facts, mentions, options.Languages);
        var slugOf = new Dictionary<long, string>();
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                slugOf[member.Item.Id] = group[0].Item.Id.ToString(CultureInfo.InvariantCulture);
            }
        }

        var related = RelatedByKeywords.Find(groups.Select(g => (IReadOnlySet<string>)g.SelectMany(f => f.Keywords.Select(k => k.Term)).ToHashSet(StringComparer.Ordinal)).ToList(), PublishedRelated);
        var backlinks = mentions.Where(l => slugOf.ContainsKey(l.SourceId) && slugOf.ContainsKey(l.TargetId) && slugOf[l.SourceId] != slugOf[l.TargetId])
            .GroupBy(l => slugOf[l.TargetId])
            .ToDictionary(g => g.Key, g => g.Select(l => slugOf[l.SourceId]).Distinct().Order(StringComparer.Ordinal).ToList());
        var works = new List<SiteWork>(groups.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            string slug = slugOf[group[0].Item.Id];
            var versions = group.Select((f, i) =>
            {
                string pageLanguage = options.Languages.Contains(f.Item.Language) ? f.Item.Language : options.Languages[0];
                string landing = SitePaths.Absolute(options.BaseUrl, SitePaths.Item(pageLanguage, slug));
                bool lazy = f.TextKey is not null && f.Text.Length == 0;
                if (lazy)
                {
                    (unread.TryGetValue(slug, out var ids) ? ids : unread[slug] = []).Add(f.SourceId);
                }

                return new SiteVersion(f.Item.Language, PublicationMapper.Map(f, group, i == 0, options.Journal, landing), f.Text)
                {
                    TextKey = f.TextKey,
                    LoadText = lazy ? () => f.Slice(readText(f.SourceId)) : null,
                };
            }).ToList();
            AddTranslatedBodies(versions, group[0].Item.Id, options.Languages, translatedBodies);
            var original = group[0].Item;
            works.Add(new SiteWork
            {
                Slug = slug,
                Versions = versions,
                Tags = group.SelectMany(f => f.Item.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Category = group.Select(f => f.Category).FirstOrDefault(c => c is not null),
                Date = versions[0].Record.PublicationDate ?? Roots.Publish.Metadata.PartialDate.FromDate(DateOnly.FromDateTime(original.CreatedAt.UtcDateTime)),
                LastModified = group.Max(f => f.Item.UpdatedAt),
                Related = related[g].Select(r => slugOf[groups[r][0].Item.Id]).ToList(),
                Backlinks = backlinks.GetValueOrDefault(slug) ?? [],
            });
        }

        return (works, unread);
    }

    /// <summary>
    /// A version per site language that the work has no version in and its original has a whole translated text in:
    /// the original's record (its translated title and abstract are in it) with that text. The text itself, not a
    /// hash, is the version's page key, so a page renders again whenever one of its translated paragraphs changes.
    /// </summary>
    private static void AddTranslatedBodies(
        List<SiteVersion> versions, long originalId, IReadOnlyList<string> languages, IReadOnlyDictionary<(long ItemId, string Language), string>? translatedBodies)
    {
        if (translatedBodies is null || translatedBodies.Count == 0)
        {
            return;
        }

        var original = versions[0];
        foreach (string language in languages)
        {
            if (versions.All(v => Localized.Primary(v.Language) != Localized.Primary(language))
                && translatedBodies.TryGetValue((originalId, Localized.Primary(language)), out string? body))
            {
                versions.Add(new SiteVersion(Localized.Primary(language), original.Record, body) { MachineTranslatedFrom = original.Language });
            }
        }
    }
}
