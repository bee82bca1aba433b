using System.ComponentModel;
using System.Globalization;
using Roots.App.Publish;
using Roots.Core;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots publish</c>: writes the static site (pages, feeds, sitemap, search) and optionally checks it.</summary>
public sealed class PublishCommand : LibraryCommand<PublishCommand.Settings>
{
    /// <summary>Options of <c>roots publish</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The output folder.</summary>
        [CommandOption("--out <DIR>")]
        [Description("Where to write the site (default: <library>/site).")]
        public string? Out { get; init; }

        /// <summary>The base URL.</summary>
        [CommandOption("--base-url <URL>")]
        [Description("The URL the site is served from (default: site.base_url in roots.yaml, else http://localhost/).")]
        public string? BaseUrl { get; init; }

        /// <summary>Which items.</summary>
        [CommandOption("--select <WHICH>")]
        [Description("all (default), tag:TAG or category:CATEGORY.")]
        public string Select { get; init; } = "all";

        /// <summary>Page languages.</summary>
        [CommandOption("--langs <LANGS>")]
        [Description("Page languages, comma-separated, first is the default (default: site.languages, else the items' languages).")]
        public string? Langs { get; init; }

        /// <summary>Verify the output.</summary>
        [CommandOption("--check")]
        [Description("After writing, verify links, sitemap, feeds, titles, languages and canonical URLs; exit 1 on any problem.")]
        public bool Check { get; init; }

        /// <summary>Publish even when the selection matches no item.</summary>
        [CommandOption("--allow-empty")]
        [Description("Publish even when --select matches no item (otherwise that is refused, exit 2).")]
        public bool AllowEmpty { get; init; }

        /// <summary>Skip the question before removing most of the site.</summary>
        [CommandOption("--yes|-y")]
        [Description("Go ahead without asking when the publish would remove more than half of the site's pages (needed when not on a terminal).")]
        public bool Yes { get; init; }

        /// <summary>Print how long each stage took.</summary>
        [CommandOption("--timings")]
        [Description("Print how long each stage took (reading, deriving, grouping, theme, indexing, planning, texts, writing) to stderr.")]
        public bool Timings { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (!ItemSelection.Parse(Select).IsSuccess)
            {
                return ValidationResult.Error(ItemSelection.Parse(Select).Error!);
            }

            if (BaseUrl is not null && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                return ValidationResult.Error($"--base-url must be an absolute http or https URL, not '{BaseUrl}'");
            }

            return ValidationResult.Success();
        }
    }

    /// <summary>
    /// What a publish may allocate before its first collection: a republish of 10,000 items after
    /// one change needs about 420 MB.
    /// </summary>
    private const long PublishAllocationBudget = 768L << 20;

    /// <summary>
    /// Past this many items to analyse or files to render, collections resume: that work allocates
    /// gigabytes, gains nothing from collections put off, and the region would only raise its peak memory.
    /// </summary>
    private const int ManyWithCollections = 1000;

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) =>
        library.Site.PublishesIntoLibrary(settings.Out)
            ? $"the library at {library.Directory} is read-only here, and the site would be written into it; give --out DIR outside the library"
            : null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var confirmation = new PublishConfirmation(settings.AllowEmpty, settings.Yes);
        var options = new PublishOptions
        {
            OutputDirectory = settings.Out,
            BaseUrl = settings.BaseUrl,
            Select = settings.Select,
            Languages = (settings.Langs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Confirm = confirmation.Confirm,
        };
        var shown = Terminal.Interactive && !settings.Json
            ? new InlineProgress<PublishProgress>(p => Terminal.Err.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{p.Stage} {p.Done}{(p.Total > 0 ? "/" + p.Total.ToString(CultureInfo.InvariantCulture) : "")}[/]")))
            : null;
        var progress = new InlineProgress<PublishProgress>(p =>
        {
            if (p is { Stage: "deriving" or "rendering", Total: > ManyWithCollections })
            {
                BatchAllocation.End();
            }

            ((IProgress<PublishProgress>?)shown)?.Report(p);
        });
        BatchAllocation.Begin(PublishAllocationBudget);
        var published = await library.Site.PublishAsync(options, progress, cancellationToken).ConfigureAwait(false);

        if (confirmation.StopCode is { } stopped)
        {
            return stopped;
        }

        if (!published.IsSuccess)
        {
            Terminal.Error(published.Error!);
            return ExitCodes.Failure;
        }

        var report = published.Value;
        if (settings.Check)
        {
            report = report with { Check = library.Site.CheckSite(options) };
        }

        if (settings.Timings)
        {
            Terminal.Err.WriteLine(string.Join(", ", report.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Seconds:0.000} s"))));
            // What the garbage collector cost: a republish's time is mostly allocation, so this tells whether a change helped.
            Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gc: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s, allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB"));
        }

        if (settings.Json)
        {
            PublishJson.Write(report);
        }
        else
        {
            Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"published {report.Items} items ({report.Works} works) in {string.Join(", ", report.Languages)} to {Printable.Line(report.OutputDirectory)}: {report.Files} files, {report.Written} written, {report.Removed} removed"));
            if (report.Check is { } check)
            {
                foreach (string problem in check.Problems.Take(50))
                {
                    Terminal.Err.WriteLine("  " + Printable.Line(problem));
                }

                Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"check: {check.Pages} pages, {check.Links} links, {check.SitemapUrls} sitemap URLs, {check.FeedEntries} feed entries: {(check.Ok ? "ok" : check.Problems.Count + " problems")}"));
                if (report.Undated.Count > 0)
                {
                    // Not a failure: an undated item is published without a date rather than with a guessed one.
                    Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"undated: {report.Undated.Count} items give no date of their own (front matter date:, a meta tag, a dateline such as 2026年6月 or June 2026); their records carry none:"));
                    foreach (var undated in report.Undated.Take(20))
                    {
                        Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {undated.Id}  {Printable.Line(undated.Title)}"));
                    }
                }
            }
        }

        if (report.Check is { Ok: false } failed)
        {
            Terminal.Error($"the site has {failed.Problems.Count} problems; the first: {failed.Problems[0]}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
