using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots worker [--concurrency N] [--lease SECONDS] [--until-empty]</c>: works off queued files and
/// URLs; any number of workers on any number of machines may share one PostgreSQL store.
/// </summary>
public sealed class WorkerCommand : LibraryCommand<WorkerCommand.Settings>
{
    /// <summary>Options of <c>roots worker</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Documents processed at once.</summary>
        [CommandOption("--concurrency <N>")]
        [Description("Documents extracted and analysed at once, and URLs fetched at once (default: the number of cores).")]
        public int? Concurrency { get; init; }

        /// <summary>The claim lease in seconds.</summary>
        [CommandOption("--lease <SECONDS>")]
        [Description("How long a claim holds: the jobs of a worker that dies are taken up again after this (default 300).")]
        public int? LeaseSeconds { get; init; }

        /// <summary>Stop when the queue is drained.</summary>
        [CommandOption("--until-empty")]
        [Description("Stop when no job is queued or running, instead of waiting for new ones.")]
        public bool UntilEmpty { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Concurrency is < 1 or > 256 ? ValidationResult.Error("--concurrency must be between 1 and 256")
            : LeaseSeconds is < 1 or > 86_400 ? ValidationResult.Error("--lease must be between 1 and 86400 seconds")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var options = WorkerOptions.Default with
        {
            Concurrency = settings.Concurrency ?? WorkerOptions.Default.Concurrency,
            Lease = settings.LeaseSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : WorkerOptions.DefaultLease,
            UntilEmpty = settings.UntilEmpty,
        };
        Terminal.Err.MarkupLineSafe($"[grey]worker on {library.StoreName}: {options.Concurrency} at once, lease {options.Lease.TotalSeconds:0} s{(options.UntilEmpty ? ", until the queue is empty" : "; Ctrl-C stops")}[/]");
        var progress = new SyncProgressPrinter();
        var report = await library.Worker.RunAsync(options, progress, cancellationToken).ConfigureAwait(false);
        // A worker stopped by Ctrl-C did what it was asked: finish its chunk and hand the rest back.
        int code = ReportRenderer.Render(report, settings.Json);
        return code == ExitCodes.Interrupted && !settings.UntilEmpty ? ExitCodes.Success : code;
    }

    /// <summary>One line per chunk on stderr, so a long-running worker's log shows its pace.</summary>
    private sealed class SyncProgressPrinter : IProgress<WorkerProgress>
    {
        public void Report(WorkerProgress value) =>
            Terminal.Err.MarkupLineSafe($"[grey]{value.Jobs} jobs: {value.Added} added, {value.Updated} updated, {value.Failed} failed; {value.Queued} queued[/]");
    }
}
