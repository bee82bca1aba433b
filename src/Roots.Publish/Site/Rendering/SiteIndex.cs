using Roots.Publish.Metadata;
using Roots.Publish.Site.Model;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The lookups every page needs, computed once per publish: works by slug in display order, each
/// work's line per language, and the tag, category, year and author groupings.
/// </summary>
internal sealed class SiteIndex
{
    public SiteIndex(SiteContent content)
    {
        Options = content.Options;
        Works = content.Works
            .OrderByDescending(w => w.Date.Year).ThenByDescending(w => w.Date.Month ?? 0).ThenByDescending(w => w.Date.Day ?? 0)
            .ThenByDescending(w => w.LastModified).ThenBy(w => w.Slug, StringComparer.Ordinal)
            .ToList();
        BySlug = Works.ToDictionary(w => w.Slug, StringComparer.Ordinal);
        Lines = Options.Languages.ToDictionary(l => l, l => LinesIn(Works, l), StringComparer.Ordinal);
        Tags = Group(Works.SelectMany(w => w.Tags.Select(t => (Key: t, Work: w))));
        Categories = Group(Works.Where(w => !string.IsNullOrWhiteSpace(w.Category)).Select(w => (Key: w.Category!, Work: w)));
        Years = Group(Works.Select(w => (Key: w.Date.YearText, Work: w)));
        var authors = new SortedDictionary<string, (Creator Creator, List<SiteWork> Works)>(StringComparer.Ordinal);
        foreach (var work in Works)
        {
            foreach (var creator in work.Versions.SelectMany(v => ResolvedRecord.Of(v.Record).Creators).Where(c => c.Orcid is not null).DistinctBy(c => c.Orcid!.Value))
            {
                if (!authors.TryGetValue(creator.Orcid!.Value, out var entry))
                {
                    entry = (creator, []);
                    authors[creator.Orcid.Value] = entry;
                }

                entry.Works.Add(work);
            }
        }

        Authors = authors;
        LastModified = Works.Count == 0 ? null : Works.Max(w => w.LastModified);
    }

    public SiteOptions Options { get; }

    /// <summary>Each work's line in <paramref name="language"/>, made on every core (10,000 works take a while).</summary>
    private static Dictionary<string, WorkLine> LinesIn(IReadOnlyList<SiteWork> works, string language)
    {
        var lines = new WorkLine[works.Count];
        Parallel.For(0, works.Count, i => lines[i] = WorkLine.Of(works[i], language));
        return lines.ToDictionary(l => l.Work.Slug, StringComparer.Ordinal);
    }

    /// <summary>Works newest first (date, then last change, then slug).</summary>
    public IReadOnlyList<SiteWork> Works { get; }

    public IReadOnlyDictionary<string, SiteWork> BySlug { get; }

    /// <summary>Lines by language, then slug.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, WorkLine>> Lines { get; }

    /// <summary>Tag groups by slug.</summary>
    public SortedDictionary<string, TermGroup> Tags { get; }

    /// <summary>Category groups by slug.</summary>
    public SortedDictionary<string, TermGroup> Categories { get; }

    /// <summary>Year groups by year.</summary>
    public SortedDictionary<string, TermGroup> Years { get; }

    /// <summary>Authors with an ORCID iD, by iD.</summary>
    public SortedDictionary<string, (Creator Creator, List<SiteWork> Works)> Authors { get; }

    /// <summary>The newest change of any work; <c>null</c> for an empty site.</summary>
    public DateTimeOffset? LastModified { get; }

    /// <summary>The newest change among <paramref name="works"/>.</summary>
    public static DateTimeOffset? Newest(IEnumerable<SiteWork> works) =>
        works.Select(w => (DateTimeOffset?)w.LastModified).DefaultIfEmpty(null).Max();

    private static SortedDictionary<string, TermGroup> Group(IEnumerable<(string Key, SiteWork Work)> pairs)
    {
        // Keys that slug alike share one page, so two spellings never fight over one folder.
        var groups = new SortedDictionary<string, TermGroup>(StringComparer.Ordinal);
        foreach (var (key, work) in pairs)
        {
            string slug = SitePaths.Slug(key);
            if (!groups.TryGetValue(slug, out var group))
            {
                group = new TermGroup(key.Trim(), []);
                groups[slug] = group;
            }

            if (group.Works.Count == 0 || !ReferenceEquals(group.Works[^1], work))
            {
                group.Works.Add(work);
            }
        }

        return groups;
    }
}

/// <summary>The works filed under one tag, category or year.</summary>
/// <param name="Name">The name as first written.</param>
/// <param name="Works">The works, in site order.</param>
internal sealed record TermGroup(string Name, List<SiteWork> Works)
{
}
