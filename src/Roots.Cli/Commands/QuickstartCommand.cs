using Roots.App;
using System.ComponentModel;
using Roots.App.Publish;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Roots.Core.Ports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots quickstart [DIR]</c>: builds a demo library from the bundled samples, searches it in
/// English, Chinese and both, verifies it, publishes its site, and says what to try next.
/// </summary>
/// <param name="engine">The process's engine, which opens the libraries.</param>
public sealed class QuickstartCommand(RootsEngine engine) : AsyncCommand<QuickstartCommand.Settings>
{
    private static readonly string[] DemoQueries = ["local-first software", "中文分词", "token 成本", "national library web archive", "普洱茶"];

    /// <summary>Options of <c>roots quickstart</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Where to build the demo library.</summary>
        [CommandArgument(0, "[DIR]")]
        [Description("Where to build the demo library (default: ./roots-quickstart).")]
        public string Directory { get; init; } = "roots-quickstart";
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string samples = Path.Combine(AppContext.BaseDirectory, "samples", "quickstart");
        if (!System.IO.Directory.Exists(samples))
        {
            Terminal.Error($"the bundled samples are missing ({samples}); rebuild Roots");
            return ExitCodes.Failure;
        }

        var init = engine.Init(settings.Directory);
        if (!init.IsSuccess)
        {
            Terminal.Error(init.Error!);
            return ExitCodes.Failure;
        }

        using var library = init.Value.Library;
        var output = Terminal.Out;
        output.MarkupLineSafe($"[bold]1. Library[/] {(init.Value.Created ? "created" : "reused")} at {library.Directory}");

        var report = await library.Files.AddPathsAsync([samples], AddOptions.None, null, cancellationToken).ConfigureAwait(false);
        var items = await library.Read.ListAsync(ItemFilter.None with { Limit = 10_000 }, cancellationToken).ConfigureAwait(false);
        var languages = string.Join(", ", items.GroupBy(i => i.Language).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"));
        output.MarkupLineSafe(
            $"[bold]2. Collected[/] {samples}: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Failures.Count} failed; the library holds {items.Count} items ({languages})");
        foreach (var failure in report.Failures)
        {
            Terminal.Warn($"{failure.Label}: {failure.Reason}");
        }

        // The demo embeds in the foreground (a few seconds for the samples) so that its searches are hybrid.
        var embedded = await library.Embeddings.EmbedPendingAsync(null, cancellationToken).ConfigureAwait(false);
        output.MarkupLineSafe(
            $"[bold]3. Embedded[/] {embedded.Items} items ({embedded.Chunks} passages) with {library.Embeddings.EmbeddingModel}, offline; {embedded.RelatedLinks} related links");

        output.MarkupLine("[bold]4. Searches[/] (hybrid: BM25 over segmented Chinese and stemmed English, fused with vectors for English; best passage highlighted)");
        foreach (string query in DemoQueries)
        {
            var results = await library.Find.SearchAsync(query, ItemFilter.None with { Limit = 3 }, snippets: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            output.MarkupLineSafe($"   [blue]roots search \"{query}\"[/] → {results.Count} shown");
            foreach (var result in results)
            {
                output.MarkupLine($"     [bold]{Printable.Markup(result.Item.Title)}[/] [grey](id {result.Item.Id}, {result.Item.Language})[/]");
                if (result.Snippet is { } snippet)
                {
                    output.MarkupLine("       " + snippet.Render(Printable.Markup, "[yellow bold]", "[/]"));
                }
            }
        }

        var first = items.FirstOrDefault(i => i.Language == "en") ?? items.FirstOrDefault();
        if (first is not null)
        {
            var related = await library.Related.RelatedAsync(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), 3, cancellationToken).ConfigureAwait(false) ?? [];
            output.MarkupLineSafe($"[bold]5. Related[/] to \"{first.Title}\" (id {first.Id}):");
            foreach (var r in related)
            {
                output.MarkupLine($"     [bold]{Printable.Markup(r.Item.Title)}[/] [grey](id {r.Item.Id}, {r.Via})[/]");
            }
        }

        var verify = await library.Upkeep.VerifyAsync(null, cancellationToken).ConfigureAwait(false);
        output.MarkupLine(
            $"[bold]6. Verified[/] {verify.VersionsChecked} archived originals re-hashed: " +
            (verify.IsSound ? "[green]all intact[/]" : $"[red]{verify.Problems.Count} problems[/]"));
        // The site of the demo library, in its own languages, checked: what `roots publish --check` does.
        var published = await library.Site.PublishAsync(new PublishOptions(), null, cancellationToken).ConfigureAwait(false);
        bool siteSound = published.IsSuccess && library.Site.CheckSite(new PublishOptions()).Ok;
        if (published.IsSuccess)
        {
            var site = published.Value;
            output.MarkupLineSafe(
                $"[bold]7. Published[/] {site.Works} works ({site.Items} items) as a static site in {string.Join(", ", site.Languages)}: {site.Files} files, links and sitemap {(siteSound ? "checked" : "with problems (roots publish --check)")}; open {Path.Combine(site.OutputDirectory, "index.html")}");
        }
        else
        {
            Terminal.Warn("publish: " + published.Error);
        }

        output.MarkupLine("[bold]Next[/], with the roots executable (see README) or dotnet run --project src/Roots.Cli --:");
        output.MarkupLineSafe($"   roots search \"茶\" --library {library.Directory}");
        output.MarkupLineSafe($"   roots list --lang zh --library {library.Directory}");
        output.MarkupLineSafe($"   roots show 1 --library {library.Directory}");
        output.MarkupLineSafe($"   roots search \"keeping websites for later\" --mode semantic --library {library.Directory}");
        output.MarkupLineSafe($"   roots graph --format dot --library {library.Directory}");
        output.MarkupLineSafe($"   roots add ~/Documents/notes --tag notes --library {library.Directory}");
        output.MarkupLineSafe($"   roots serve --library {library.Directory}");
        output.MarkupLineSafe($"   roots export --all --format bibtex --library {library.Directory}");
        return verify.IsSound && siteSound ? ExitCodes.Success : ExitCodes.Failure;
    }
}
