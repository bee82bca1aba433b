using System.ComponentModel;
using System.Globalization;
using System.Text;
using Roots.App;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots search QUERY</c> and <c>roots search --batch FILE --format trec</c>.</summary>
public sealed class SearchCommand : LibraryCommand<SearchCommand.Settings>
{
    /// <summary>Options of <c>roots search</c>.</summary>
    public sealed class Settings : FilterSettings
    {
        /// <summary>The query words.</summary>
        [CommandArgument(0, "[QUERY]")]
        [Description("What to look for, in any language.")]
        public string[] Query { get; init; } = [];

        /// <summary>A JSONL file of queries.</summary>
        [CommandOption("--batch <FILE>")]
        [Description("Answer every query of a JSONL file ({\"_id\": …, \"text\": …} per line) in one process.")]
        public string? Batch { get; init; }

        /// <summary>The batch output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Batch output: trec (qid Q0 docid rank score roots) or json. Default: trec.")]
        public string Format { get; init; } = "trec";

        /// <summary>The ranking mode.</summary>
        [CommandOption("--mode <MODE>")]
        [Description("lexical, semantic or hybrid. Default: hybrid once the library has vectors (roots embed), else lexical.")]
        public string Mode { get; init; } = "auto";

        /// <summary>The parsed <see cref="Mode"/>.</summary>
        public App.UseCases.SearchMode SearchMode => Enum.Parse<App.UseCases.SearchMode>(Mode, ignoreCase: true);

        /// <summary>Print latency figures for a batch.</summary>
        [CommandOption("--stats")]
        [Description("With --batch: print per-query latency percentiles to stderr.")]
        public bool Stats { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }

            if (Batch is null && Query.Length == 0)
            {
                return ValidationResult.Error("give a query, or --batch FILE");
            }

            if (Batch is not null && Query.Length > 0)
            {
                return ValidationResult.Error("give either a query or --batch FILE, not both");
            }

            if (!Enum.TryParse<App.UseCases.SearchMode>(Mode, ignoreCase: true, out _) || int.TryParse(Mode, out _))
            {
                return ValidationResult.Error("--mode must be lexical, semantic, hybrid or auto");
            }

            return Format is "trec" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format must be trec or json");
        }
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        return settings.Batch is { } batch
            ? await RunBatchAsync(library, settings, batch, cancellationToken).ConfigureAwait(false)
            : await RunOneAsync(library, settings, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunOneAsync(Library library, Settings settings, CancellationToken cancellationToken)
    {
        string query = string.Join(' ', settings.Query);
        var results = await library.Find.SearchAsync(query, settings.ToFilter(), snippets: true, settings.SearchMode, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(results.Select(JsonOutput.ToJson).ToList());
            return ExitCodes.Success;
        }

        if (results.Count == 0)
        {
            Terminal.Err.MarkupLineSafe($"no results for [bold]{query}[/]");
            return ExitCodes.Success;
        }

        int rank = 0;
        foreach (var result in results)
        {
            var item = result.Item;
            Terminal.Out.MarkupLine(
                $"[bold]{++rank,2}. {Printable.Markup(item.Title)}[/]  [grey]id {item.Id} · {Printable.Markup(item.Language)} · {Printable.Markup(item.Kind)}" +
                $"{(item.Tags.Count > 0 ? " · " + Printable.Markup(string.Join(", ", item.Tags)) : "")} · {Score(result.Score)}[/]");
            if (result.Snippet is { } snippet)
            {
                Terminal.Out.MarkupLine("    " + snippet.Render(Printable.Markup, "[yellow bold]", "[/]"));
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<int> RunBatchAsync(Library library, Settings settings, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            Terminal.Error($"no such file: {path}");
            return ExitCodes.Failure;
        }

        var output = new StringBuilder();
        var json = new Dictionary<string, List<SearchResultJson>>(StringComparer.Ordinal);
        var latencies = new List<double>();
        int bad = 0;
        await foreach (var answer in library.Batch.SearchBatchAsync(path, settings.ToFilter(), settings.SearchMode, cancellationToken).ConfigureAwait(false))
        {
            if (answer.Query is not { } query)
            {
                Terminal.Warn($"{path}:{answer.Line}: {answer.Problem}; skipped");
                bad++;
                continue;
            }

            latencies.Add(answer.Milliseconds);
            if (settings.Format == "json")
            {
                json[query.Id] = answer.Results.Select(JsonOutput.ToJson).ToList();
                continue;
            }

            int rank = 0;
            foreach (var result in answer.Results)
            {
                string docId = result.Item.ExternalId ?? result.Item.Id.ToString(CultureInfo.InvariantCulture);
                output.Append(CultureInfo.InvariantCulture, $"{query.Id} Q0 {docId} {++rank} {result.Score:0.######} roots\n");
            }
        }

        if (settings.Format == "json")
        {
            JsonOutput.Write(json);
        }
        else
        {
            Terminal.StdOut.Write(output.ToString());
        }

        if (settings.Stats)
        {
            Terminal.Err.WriteLine(LatencySummary.Describe(latencies));
        }

        return bad > 0 ? ExitCodes.Partial : ExitCodes.Success;
    }

    /// <summary>
    /// A score as it compares: BM25 scores read 12.345, fused and merged rankings' reciprocal-rank scores
    /// 0.016, and a term every item has (BM25's idf floor) 0.000007; two decimals printed the last two as
    /// 0.00, as if nothing had matched.
    /// </summary>
    private static string Score(double score) =>
        score.ToString(Math.Abs(score) >= 0.01 ? "0.###" : "0.######", CultureInfo.InvariantCulture);
}
