using System.ComponentModel;
using Roots.App;
using Roots.App.Configuration;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Roots.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots copy --from LIBRARY --to LIBRARY</c>: moves a whole library between stores (SQLite to
/// PostgreSQL and back) and prints each table's rows and content hash on both sides.
/// </summary>
/// <param name="engine">The process's engine, which opens the libraries.</param>
public sealed class CopyCommand(RootsEngine engine) : AsyncCommand<CopyCommand.Settings>
{
    /// <summary>Options of <c>roots copy</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The source library folder.</summary>
        [CommandOption("--from <DIR>")]
        [Description("The library to copy (its folder; roots.yaml names its store).")]
        public string? From { get; init; }

        /// <summary>The target library folder.</summary>
        [CommandOption("--to <DIR>")]
        [Description("An empty library to copy into (make one with roots init --library DIR [[--store postgres://…]]).")]
        public string? To { get; init; }

        /// <summary>Print one JSON document instead of text.</summary>
        [CommandOption("--json")]
        [Description("Print one JSON document instead of text.")]
        public bool Json { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            From is null || To is null ? ValidationResult.Error("give both --from LIBRARY and --to LIBRARY")
            : Path.GetFullPath(From) == Path.GetFullPath(To) ? ValidationResult.Error("--from and --to are the same library")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var source = engine.Open(LibraryLocation.Resolve(settings.From, engine.Variable));
        if (!source.IsSuccess)
        {
            Terminal.Error(source.Error!);
            return ExitCodes.Failure;
        }

        using var from = source.Value;
        var opened = engine.Open(LibraryLocation.Resolve(settings.To, engine.Variable));
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var to = opened.Value;
        if (to.IsReadOnly)
        {
            Terminal.Error(to.ReadOnlyRefusal);
            return ExitCodes.Failure;
        }

        if (from.IsReadOnly)
        {
            // Copying is the way off read-only media: the source is only read.
            Terminal.Note(App.Library.ReadOnlyNotice);
        }

        var progress = new SyncProgress<string>(step => Terminal.Err.MarkupLineSafe($"[grey]{step}…[/]"));
        var copied = await from.Copy.CopyToAsync(to.Copy, settings.Json ? null : progress, cancellationToken).ConfigureAwait(false);
        if (!copied.IsSuccess)
        {
            Terminal.Error(copied.Error!);
            return ExitCodes.Failure;
        }

        var report = copied.Value;
        if (settings.Json)
        {
            ScaleJson.Write(new CopyJson(report.From, report.To, report.Match,
                [.. report.Tables.Select(t => new CopyTableJson(t.Table, t.FromRows, t.FromHash, t.ToRows, t.ToHash, t.Match))]));
        }
        else
        {
            var table = new Table().AddColumns("table", "rows (from)", "sha-256 (from)", "rows (to)", "sha-256 (to)", "");
            foreach (var t in report.Tables)
            {
                table.AddRow(t.Table, $"{t.FromRows}", t.FromHash[..16], $"{t.ToRows}", t.ToHash[..16], t.Match ? "[green]same[/]" : "[red]DIFFERENT[/]");
            }

            Terminal.Out.Write(table);
            Terminal.Err.MarkupLineSafe($"{report.From} → {report.To}: {report.Tables.Sum(t => t.ToRows)} rows, {report.Originals} originals copied, {report.Indexed} items indexed; {(report.Match ? "every table matches" : "TABLES DIFFER")}");
        }

        return report.Match ? ExitCodes.Success : ExitCodes.Failure;
    }
}
