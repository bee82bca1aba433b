using System.Globalization;
using Roots.App.Publish;
using Roots.Core;
using Roots.Core.Identifiers;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;
using Roots.Publish.Site;
using Roots.Publish.Site.Check;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Rendering;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>The folder inside a library that <c>roots publish</c> writes to by default.</summary>
    public const string SiteFolderName = "site";

    /// <summary>The folder inside a library whose files replace the default theme's.</summary>
    public const string TemplatesFolderName = "templates";

    /// <summary>How many related works an item page lists.</summary>
    private const int PublishedRelated = 5;

    /// <summary>
    /// Writes the static site of the selected items (see <c>Roots.Publish.Site</c>): deterministic
    /// and incremental, so a second run with nothing changed writes nothing, and pages of items no
    /// longer selected are removed.
    /// </summary>
    public async Task<Result<PublishReport>> PublishAsync(PublishOptions options, IProgress<PublishProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var selection = ItemSelection.Parse(options.Select);
        if (!selection.IsSuccess)
        {
            return Result<PublishReport>.Fail(selection.Error!);
        }

        var facts = await GatherAsync(null, selection.Value, progress, cancellationToken).ConfigureAwait(false);
        if (!facts.IsSuccess)
        {
            return Result<PublishReport>.Fail(facts.Error!);
        }

        var languages = SiteLanguages(options, facts.Value);
        string baseUrl = SiteOptionsFactory.BaseUrl(options.BaseUrl ?? Config.Site.BaseUrl ?? SiteOptionsFactory.DefaultBaseUrl);
        string templates = Path.Combine(Directory, TemplatesFolderName);
        var siteOptions = SiteOptionsFactory.Options(Config.Site, baseUrl, languages, System.IO.Directory.Exists(templates) ? templates : null);
        var mentions = await MentionsAsync(cancellationToken).ConfigureAwait(false);
        var works = BuildWorks(facts.Value, mentions, siteOptions);
        string output = OutputDirectory(options);
        var written = SitePublisher.Publish(new SiteContent(siteOptions, works), output,
            new Progress<int>(done => progress?.Report(new PublishProgress("writing", done, 0))), cancellationToken);
        return written.Map(w => new PublishReport(output, baseUrl, languages, facts.Value.Count, works.Count, w.Files, w.Rendered, w.Written, w.Removed, w.WrittenPaths));
    }

    /// <summary>Checks the published folder (see <see cref="SiteChecker"/>).</summary>
    public SiteCheckReport CheckSite(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string baseUrl = SiteOptionsFactory.BaseUrl(options.BaseUrl ?? Config.Site.BaseUrl ?? SiteOptionsFactory.DefaultBaseUrl);
        return SiteChecker.Check(OutputDirectory(options), baseUrl);
    }

    private string OutputDirectory(PublishOptions options) =>
        Path.GetFullPath(options.OutputDirectory ?? Path.Combine(Directory, SiteFolderName));

    private IReadOnlyList<string> SiteLanguages(PublishOptions options, IReadOnlyList<ItemFacts> facts)
    {
        var chosen = options.Languages.Count > 0 ? options.Languages : Config.Site.Languages;
        if (chosen.Count > 0)
        {
            return chosen.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        }

        var found = facts.Select(f => f.Item.Language).Where(l => l != "und")
            .GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return found.Count > 0 ? found : ["en"];
    }

    private async Task<IReadOnlyList<Link>> MentionsAsync(CancellationToken cancellationToken)
    {
        var links = new List<Link>();
        await foreach (var link in _store.AllLinksAsync(cancellationToken).ConfigureAwait(false))
        {
            if (link.Kind == LinkKinds.Mentions)
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>Groups items into works, maps each version to its record, and links related works and backlinks.</summary>
    private static List<SiteWork> BuildWorks(IReadOnlyList<ItemFacts> facts, IReadOnlyList<Link> mentions, SiteOptions options)
    {
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
                return new SiteVersion(f.Item.Language, PublicationMapper.Map(f, group, i == 0, options.Journal, landing), f.Text);
            }).ToList();
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

        return works;
    }

    /// <summary>
    /// Reads what publishing and export need of each item: all items (matching the selection), or
    /// the items named by <paramref name="ids"/> in that order.
    /// </summary>
    private async Task<Result<IReadOnlyList<ItemFacts>>> GatherAsync(IReadOnlyList<string>? ids, ItemSelection selection, IProgress<PublishProgress>? progress, CancellationToken cancellationToken)
    {
        var items = new List<Item>();
        if (ids is { Count: > 0 })
        {
            foreach (string id in ids)
            {
                var item = await FindItemAsync(id, cancellationToken).ConfigureAwait(false);
                if (item is null)
                {
                    return Result<IReadOnlyList<ItemFacts>>.Fail($"no item '{id}' in {Directory}; list items with: roots list");
                }

                items.Add(item);
            }
        }
        else
        {
            items.AddRange(await _store.ListAsync(ItemFilter.None with { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false));
        }

        var facts = new List<ItemFacts>(items.Count);
        foreach (var item in items.DistinctBy(i => i.Id).OrderBy(i => ids is { Count: > 0 } ? 0 : i.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (_, category) = await TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
            if (!selection.Includes(item.Tags, category?.Name))
            {
                continue;
            }

            // Named items are few: their keywords are ranked against the whole library, as roots show does.
            facts.Add(await FactsAsync(item, category?.Name, withKeywords: ids is { Count: > 0 }, cancellationToken).ConfigureAwait(false));
            if (facts.Count % 500 == 0)
            {
                progress?.Report(new PublishProgress("reading", facts.Count, items.Count));
            }
        }

        return ids is { Count: > 0 } ? facts : WithDerivedAmong(facts);
    }

    /// <summary>Where publishing keeps what it derived from each item version (see <see cref="DerivedCache"/>).</summary>
    private string DerivedCachePath => Path.Combine(Directory, "cache", "publish-derived.json");

    /// <summary>
    /// Summaries and keywords for many items at once, keywords ranked by TF-IDF against the items
    /// being published: what each version's text gives is read from the cache or derived on every
    /// core, and the document frequencies are counted in memory instead of one query per item.
    /// </summary>
    private List<ItemFacts> WithDerivedAmong(List<ItemFacts> facts)
    {
        var cache = DerivedCache.Load(DerivedCachePath);
        var candidates = new KeywordCandidates[facts.Count];
        var summaries = new string?[facts.Count];
        Parallel.For(0, facts.Count, i =>
        {
            var item = facts[i].Item;
            bool needsSummary = facts[i].Summary.Length == 0;
            if (cache.Find(item.Id, item.CurrentVersion) is { } cached && (!needsSummary || cached.Summary is not null))
            {
                candidates[i] = cached.Candidates;
                summaries[i] = cached.Summary;
                return;
            }

            candidates[i] = KeywordCandidates.Of(item.Title + "\n" + facts[i].Text);
            summaries[i] = needsSummary ? ExtractiveSummarizer.Summarize(facts[i].Text, item.Language) : null;
        });
        DerivedCache.Save(DerivedCachePath, facts.Select((f, i) => (f, i))
            .ToDictionary(x => x.f.Item.Id, x => (x.f.Item.CurrentVersion, summaries[x.i], candidates[x.i])));

        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (string term in candidate.Terms.Keys)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }
        }

        return facts.Select((f, i) => f with
        {
            Summary = f.Summary.Length == 0 ? summaries[i] ?? "" : f.Summary,
            Keywords = KeywordExtractor.Rank(candidates[i], facts.Count, frequencies),
        }).ToList();
    }

    private async Task<ItemFacts> FactsAsync(Item item, string? category, CancellationToken cancellationToken) =>
        await FactsAsync(item, category, withKeywords: true, cancellationToken).ConfigureAwait(false);

    private async Task<ItemFacts> FactsAsync(Item item, string? category, bool withKeywords, CancellationToken cancellationToken)
    {
        string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await _store.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var identifiers = await _store.GetIdentifiersAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var doi = OwnDoi.Find(fields, item.Url, text);
        var cited = identifiers.Where(i => i.Kind == "doi")
            .Select(i => Identifier.Create(IdentifierKind.Doi, i.Value)).Where(r => r.IsSuccess).Select(r => r.Value)
            .Where(d => d != doi).ToList();
        // For a whole publish the summary is derived later, on every core and through the cache ("" marks it as wanted).
        string summary = fields.TryGetValue("description", out string? description) && !string.IsNullOrWhiteSpace(description)
            ? description.Trim()
            : withKeywords ? ExtractiveSummarizer.Summarize(text, item.Language) : "";
        var keywords = withKeywords ? await KeywordsAsync(item.Title + "\n" + text, cancellationToken).ConfigureAwait(false) : [];
        return new ItemFacts(item, text, fields, category, doi, cited, summary, keywords)
        {
            StoredTranslations = [.. (await TranslationsOfAsync(item.Id, item.Title, text, cancellationToken).ConfigureAwait(false)).Where(t => t.Current).Select(t => t.Translation)],
        };
    }
}
