using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Roots.Core.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots jobs [--json] [--all]</c>: queued, running and failed jobs, with the reasons.</summary>
public sealed class JobsCommand : LibraryCommand<JobsCommand.Settings>
{
    /// <summary>Options of <c>roots jobs</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Also list finished jobs.</summary>
        [CommandOption("--all")]
        [Description("Also list the jobs that are done.")]
        public bool All { get; init; }
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        JobState[] states = settings.All ? Enum.GetValues<JobState>() : [JobState.Queued, JobState.Running, JobState.Failed, JobState.Dead];
        var (counts, jobs) = await library.Queue.JobsAsync(states, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            WebJson.Write(new JobsJson(
                counts.ToDictionary(c => c.Key.ToString().ToLowerInvariant(), c => c.Value),
                [.. jobs.Select(WebJson.ToJson)]));
            return ExitCodes.Success;
        }

        foreach (var job in jobs)
        {
            string state = job.State switch
            {
                JobState.Dead => "[red]dead[/]",
                JobState.Failed => "[yellow]failed[/]",
                _ => job.State.ToString().ToLowerInvariant(),
            };
            Terminal.Out.MarkupLine($"{state} {Printable.Markup(job.Key)}{(job.LastError is { } e ? ": " + Printable.Markup(e) : "")}");
        }

        Terminal.Err.WriteLine(string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}")) is { Length: > 0 } summary
            ? summary
            : "no jobs");
        return ExitCodes.Success;
    }
}
