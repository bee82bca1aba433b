using Roots.App;
using Roots.App.Ingest;
using Roots.Cli.Infrastructure;
using Roots.Core;
using Spectre.Console;

namespace Roots.Cli.Rendering;

/// <summary>Shows a progress bar on an interactive terminal while a collection runs; silent otherwise.</summary>
public static class IngestProgressBar
{
    /// <summary>Runs <paramref name="work"/>, feeding its progress to a bar when stderr is a terminal.</summary>
    public static async Task<T> RunAsync<T>(string label, Func<IProgress<IngestProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Terminal.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }

        T result = default!;
        await Terminal.Err.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                task.IsIndeterminate = true;
                var progress = new SyncProgress<IngestProgress>(p =>
                {
                    if (p.Total is { } total && total > 0)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = total;
                    }

                    task.Value = p.Processed;
                    task.Description = $"{label} {p.Processed}{(p.Total is { } t ? "/" + t : "")} ({p.Failed} failed, {p.Duplicates} duplicates)";
                });
                result = await work(progress).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return result;
    }
}
