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
using Roots.Publish.Site.Output;
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

        var clock = new StageClock(_time);
        // The output folder's manifest (20,000 entries for a large site) loads on another thread
        // while the facts are read and the site is planned; the writer needs it only after. The
        // theme's templates parse, and the sanitizer readies itself, on a third meanwhile.
        string output = OutputDirectory(options);
        var manifest = Task.Run(() => SiteManifest.Load(output), cancellationToken);
        string? templates = Path.Combine(Directory, TemplatesFolderName);
        templates = System.IO.Directory.Exists(templates) ? templates : null;
        var theme = Task.Run(() => SitePublisher.LoadTheme(templates), cancellationToken);
        var facts = await SiteFactsAsync(selection.Value, progress, clock, cancellationToken).ConfigureAwait(false);
        var languages = SiteLanguages(options, facts);
        string baseUrl = SiteOptionsFactory.BaseUrl(options.BaseUrl ?? Config.Site.BaseUrl ?? SiteOptionsFactory.DefaultBaseUrl);
        var siteOptions = SiteOptionsFactory.Options(Config.Site, baseUrl, languages, templates);
        clock.Start("grouping");
        var mentions = await MentionsAsync(cancellationToken).ConfigureAwait(false);
        var texts = new Dictionary<long, string>();
        var storeText = TextReader(cancellationToken);
        var (works, unread) = BuildWorks(facts, mentions, siteOptions, id => texts.TryGetValue(id, out string? text) ? text : storeText(id));
        var plan = SitePublisher.Plan(new SiteContent(siteOptions, works), await theme.ConfigureAwait(false), clock.Start);
        if (!plan.IsSuccess)
        {
            return Result<PublishReport>.Fail(plan.Error!);
        }

        var existing = await manifest.ConfigureAwait(false);
        if (options.Confirm is { } confirm)
        {
            var preview = PublishPreview.Of(options.Select, facts.Count, existing, plan.Value, output);
            if (preview.NeedsConfirmation && !confirm(preview))
            {
                return Result<PublishReport>.Fail($"publish to {output} not confirmed; nothing was written or removed");
            }
        }

        // The texts the cache left unread, of the works whose pages will be rendered: read in one
        // pass before rendering starts (the writer says which, once it has compared the plan with
        // the folder), so the pages render on every core without waiting on the store.
        clock.Start("comparing");
        var written = SiteWriter.Write(plan.Value, output, new Progress<int>(done => progress?.Report(new PublishProgress("writing", done, 0))), cancellationToken, stale =>
        {
            progress?.Report(new PublishProgress("rendering", 0, stale.Count));
            clock.Start("texts");
            foreach (string slug in stale.Select(e => e.TextOf).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                foreach (long id in unread.GetValueOrDefault(slug) ?? [])
                {
                    texts[id] = storeText(id);
                }
            }

            clock.Start("writing");
        }, existing);
        var timings = clock.Stop();
        return new PublishReport(output, baseUrl, languages, facts.Count, works.Count, written.Files, written.Rendered, written.Written, written.Removed, written.WrittenPaths)
        {
            Timings = timings,
        };
    }

    /// <summary>Checks the published folder (see <see cref="SiteChecker"/>).</summary>
    public SiteCheckReport CheckSite(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string baseUrl = SiteOptionsFactory.BaseUrl(options.BaseUrl ?? Config.Site.BaseUrl ?? SiteOptionsFactory.DefaultBaseUrl);
        return SiteChecker.Check(OutputDirectory(options), baseUrl);
    }

    /// <summary>
    /// Whether a site published to <paramref name="outputDirectory"/> (null: the default, <c>site/</c>)
    /// would be written inside the library's own folder: refused on a read-only library.
    /// </summary>
    public bool PublishesIntoLibrary(string? outputDirectory)
    {
        string output = OutputDirectory(new PublishOptions { OutputDirectory = outputDirectory });
        string relative = Path.GetRelativePath(Directory, output);
        bool outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return !outside;
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
    /// <param name="facts">The items.</param>
    /// <param name="mentions">Mention links among all items.</param>
    /// <param name="options">The site's options.</param>
    /// <param name="readText">Reads an item's text, for items whose facts came from the cache without it; thread-safe.</param>
    /// <returns>The works, and by work slug the items whose text <paramref name="readText"/> will be asked for.</returns>
    private static (List<SiteWork> Works, Dictionary<string, List<long>> Unread) BuildWorks(IReadOnlyList<ItemFacts> facts, IReadOnlyList<Link> mentions, SiteOptions options, Func<long, string> readText)
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
                    (unread.TryGetValue(slug, out var ids) ? ids : unread[slug] = []).Add(f.Item.Id);
                }

                return new SiteVersion(f.Item.Language, PublicationMapper.Map(f, group, i == 0, options.Journal, landing), f.Text)
                {
                    TextKey = f.TextKey,
                    LoadText = lazy ? () => readText(f.Item.Id) : null,
                };
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

        return (works, unread);
    }

    /// <summary>Reads what export needs of the items named by <paramref name="ids"/>, in that order, keywords ranked against the whole library as <c>roots show</c> does.</summary>
    private async Task<Result<IReadOnlyList<ItemFacts>>> GatherAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var facts = new List<ItemFacts>(ids.Count);
        foreach (string id in ids)
        {
            var item = await FindItemAsync(id, cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                return Result<IReadOnlyList<ItemFacts>>.Fail($"no item '{id}' in {Directory}; list items with: roots list");
            }

            if (facts.All(f => f.Item.Id != item.Id))
            {
                var (_, category) = await TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
                facts.Add(await FactsAsync(item, category?.Name, cancellationToken).ConfigureAwait(false));
            }
        }

        return facts;
    }

    private async Task<ItemFacts> FactsAsync(Item item, string? category, CancellationToken cancellationToken)
    {
        string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await _store.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var identifiers = await _store.GetIdentifiersAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var doi = OwnDoi.Find(fields, item.Url, text);
        var cited = identifiers.Where(i => i.Kind == "doi")
            .Select(i => Identifier.Create(IdentifierKind.Doi, i.Value)).Where(r => r.IsSuccess).Select(r => r.Value)
            .Where(d => d != doi).ToList();
        string summary = fields.TryGetValue("description", out string? description) && !string.IsNullOrWhiteSpace(description)
            ? description.Trim()
            : await ModelSummaryAsync(item, cancellationToken).ConfigureAwait(false) ?? ExtractiveSummarizer.Summarize(text, item.Language);
        var keywords = await KeywordsAsync(item.Title + "\n" + text, cancellationToken).ConfigureAwait(false);
        return new ItemFacts(item, text, fields, category, doi, cited, summary, keywords)
        {
            StoredTranslations = [.. (await TranslationsOfAsync(item.Id, item.Title, text, cancellationToken).ConfigureAwait(false)).Where(t => t.Current).Select(t => t.Translation)],
        };
    }
}
