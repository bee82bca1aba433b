using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
        var results = await library.SearchAsync(query, settings.ToFilter(), snippets: true, settings.SearchMode, cancellationToken).ConfigureAwait(false);
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
                $"{(item.Tags.Count > 0 ? " · " + Printable.Markup(string.Join(", ", item.Tags)) : "")} · {result.Score.ToString("0.00", CultureInfo.InvariantCulture)}[/]");
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

        var filter = settings.ToFilter();
        var output = new StringBuilder();
        var json = new Dictionary<string, List<SearchResultJson>>(StringComparer.Ordinal);
        var latencies = new List<double>();
        int bad = 0;
        long lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryParseQuery(line, out string qid, out string text))
            {
                Terminal.Warn($"{path}:{lineNumber}: not a query object with _id and text; skipped");
                bad++;
                continue;
            }

            long started = Stopwatch.GetTimestamp();
            var results = await library.SearchAsync(text, filter, snippets: false, settings.SearchMode, cancellationToken).ConfigureAwait(false);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (settings.Format == "json")
            {
                json[qid] = results.Select(JsonOutput.ToJson).ToList();
                continue;
            }

            int rank = 0;
            foreach (var result in results)
            {
                string docId = result.Item.ExternalId ?? result.Item.Id.ToString(CultureInfo.InvariantCulture);
                output.Append(CultureInfo.InvariantCulture, $"{qid} Q0 {docId} {++rank} {result.Score:0.######} roots\n");
            }
        }

        if (settings.Format == "json")
        {
            JsonOutput.Write(json);
        }
        else
        {
            Console.Out.Write(output.ToString());
        }

        if (settings.Stats)
        {
            Terminal.Err.WriteLine(LatencySummary.Describe(latencies));
        }

        return bad > 0 ? ExitCodes.Partial : ExitCodes.Success;
    }

    private static bool TryParseQuery(string line, out string qid, out string text)
    {
        qid = text = "";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            JsonElement id = default, query = default;
            bool hasId = root.TryGetProperty("_id", out id) || root.TryGetProperty("id", out id);
            bool hasText = root.TryGetProperty("text", out query) || root.TryGetProperty("query", out query);
            if (!hasId || !hasText || query.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            qid = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            text = query.GetString()!;
            return qid.Length > 0 && !qid.Any(char.IsWhiteSpace);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
