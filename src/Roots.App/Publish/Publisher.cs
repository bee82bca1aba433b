using Roots.App.Configuration;
using Roots.Core;
using Roots.Publish.Site;
using Roots.Publish.Site.Check;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;

namespace Roots.App.Publish;

/// <summary><c>roots publish</c>: the static site of the selected items, and checking it.</summary>
/// <param name="facts">What is known of each item.</param>
/// <param name="config">The library's configuration (its <c>site:</c> section).</param>
/// <param name="directory">The library directory: the default output and the theme's templates are in it.</param>
/// <param name="time">The clock that times the stages.</param>
public sealed class Publisher(PublishFacts facts, LibraryConfig config, string directory, TimeProvider time)
{
    /// <summary>The folder inside a library that <c>roots publish</c> writes to by default.</summary>
    public const string SiteFolderName = "site";

    /// <summary>The folder inside a library whose files replace the default theme's.</summary>
    public const string TemplatesFolderName = "templates";

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

        var clock = new StageClock(time);
        // The output folder's manifest (20,000 entries for a large site) loads on another thread
        // while the facts are read and the site is planned; the writer needs it only after. The
        // theme's templates parse, and the sanitizer readies itself, on a third meanwhile.
        string output = OutputDirectory(options);
        var manifest = Task.Run(() => SiteManifest.Load(output), cancellationToken);
        string? templates = Path.Combine(directory, TemplatesFolderName);
        templates = System.IO.Directory.Exists(templates) ? templates : null;
        var theme = Task.Run(() => SitePublisher.LoadTheme(templates), cancellationToken);
        var selected = await facts.SiteFactsAsync(selection.Value, progress, clock, cancellationToken).ConfigureAwait(false);
        var languages = SiteLanguages(options, selected);
        string baseUrl = SiteOptionsFactory.BaseUrl(options.BaseUrl ?? config.Site.BaseUrl ?? SiteOptionsFactory.DefaultBaseUrl);
        var siteOptions = SiteOptionsFactory.Options(config.Site, baseUrl, languages, templates);
        clock.Start("grouping");
        var mentions = await facts.MentionsAsync(cancellationToken).ConfigureAwait(false);
        // Filled before rendering starts, read (never written) while pages render on every core.
        var texts = new Dictionary<long, string>();
        var versions = LanguageHalves.Expand(selected);
        var translatedBodies = await facts.TranslatedBodiesAsync(versions, languages, cancellationToken).ConfigureAwait(false);
        var (works, unread) = SiteWorks.Build(versions, mentions, siteOptions, id => texts.TryGetValue(id, out string? text)
            ? text
            : throw new InvalidOperationException($"the text of item {id} was not read before rendering its page"), translatedBodies);
        var plan = SitePublisher.Plan(new SiteContent(siteOptions, works), await theme.ConfigureAwait(false), clock.Start);
        if (!plan.IsSuccess)
        {
            return Result<PublishReport>.Fail(plan.Error!);
        }

        var existing = await manifest.ConfigureAwait(false);
        if (options.Confirm is { } confirm)
        {
            var preview = PublishPreview.Of(options.Select, selected.Count, existing, plan.Value, output);
            if (preview.NeedsConfirmation && !confirm(preview))
            {
                return Result<PublishReport>.Fail($"publish to {output} not confirmed; nothing was written or removed");
            }
        }

        // The texts the cache left unread, of the works whose pages will be rendered: read from the
        // store, asynchronously, in one pass before rendering starts (the writer says which, once it
        // has compared the plan with the folder), so the pages render on every core without waiting
        // on the store. Only item pages show a text, and each names its work (TextOf).
        clock.Start("comparing");
        var written = await SiteWriter.WriteAsync(plan.Value, output, async (stale, token) =>
        {
            progress?.Report(new PublishProgress("rendering", 0, stale.Count));
            clock.Start("texts");
            foreach (string slug in stale.Select(e => e.TextOf).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                foreach (long id in unread.GetValueOrDefault(slug) ?? [])
                {
                    texts[id] = await facts.TextAsync(id, token).ConfigureAwait(false);
                }
            }

            clock.Start("writing");
        }, new SyncProgress<int>(done => progress?.Report(new PublishProgress("writing", done, 0))), existing, cancellationToken).ConfigureAwait(false);
        var timings = clock.Stop();
        return new PublishReport(output, baseUrl, languages, selected.Count, works.Count, written.Files, written.Rendered, written.Written, written.Removed, written.WrittenPaths)
        {
            Timings = timings,
            Undated = [.. selected.Where(f => PublicationMapper.DateOf(f.Item.Published) is null && PublicationMapper.DateOf(f.Fields.GetValueOrDefault("published")) is null)
                .Select(f => new UndatedItem(f.Item.Id, f.Item.Title))],
        };
    }

    /// <summary>Checks the published folder (see <see cref="SiteChecker"/>).</summary>
    public SiteCheckReport CheckSite(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string baseUrl = SiteOptionsFactory.BaseUrl(options.BaseUrl ?? config.Site.BaseUrl ?? SiteOptionsFactory.DefaultBaseUrl);
        return SiteChecker.Check(OutputDirectory(options), baseUrl);
    }

    /// <summary>
    /// Whether a site published to <paramref name="outputDirectory"/> (null: the default, <c>site/</c>)
    /// would be written inside the library's own folder: refused on a read-only library.
    /// </summary>
    public bool PublishesIntoLibrary(string? outputDirectory)
    {
        string output = OutputDirectory(new PublishOptions { OutputDirectory = outputDirectory });
        string relative = Path.GetRelativePath(directory, output);
        bool outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return !outside;
    }

    private string OutputDirectory(PublishOptions options) =>
        Path.GetFullPath(options.OutputDirectory ?? Path.Combine(directory, SiteFolderName));

    private IReadOnlyList<string> SiteLanguages(PublishOptions options, IReadOnlyList<ItemFacts> selected)
    {
        var chosen = options.Languages.Count > 0 ? options.Languages : config.Site.Languages;
        if (chosen.Count > 0)
        {
            return chosen.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        }

        var found = selected.Select(f => f.Item.Language).Where(l => l != "und")
            .GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return found.Count > 0 ? found : ["en"];
    }
}
