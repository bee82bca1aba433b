using Roots.App;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Core;
using Spectre.Console;

namespace Roots.Cli.Rendering;

/// <summary>Shows embedding progress on an interactive terminal; silent otherwise.</summary>
public static class EmbedProgressBar
{
    /// <summary>Runs <paramref name="work"/>, feeding its progress to a bar when stderr is a terminal and not <paramref name="quiet"/>.</summary>
    public static async Task<EmbedReport> RunAsync(bool quiet, Func<IProgress<EmbedProgress>?, Task<EmbedReport>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (quiet || !Terminal.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }

        EmbedReport report = null!;
        await Terminal.Err.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("embedding", maxValue: 1);
                var progress = new SyncProgress<EmbedProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"embedding {p.Done}/{p.Total}";
                });
                report = await work(progress).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return report;
    }
}
