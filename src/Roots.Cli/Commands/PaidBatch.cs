using Roots.App.Models;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Roots.Core;
using Spectre.Console;

namespace Roots.Cli.Commands;

/// <summary>How the CLI asks before a paid batch (<see cref="EstimatedRun{T}"/>): the estimate on stderr, then <see cref="Confirmation.Ask"/>.</summary>
internal static class PaidBatch
{
    /// <summary>The report, or the exit code to stop with (the failure said in one line, or the confirmation's answer).</summary>
    public static async Task<(T? Report, int Exit)> RunAsync<T>(
        Func<CancellationToken, Task<Result<ModelPlan>>> plan, Func<CancellationToken, Task<ModelRun<T>>> run, bool yes, string command,
        CancellationToken cancellationToken)
        where T : class
    {
        int answer = ExitCodes.Success;
        var outcome = await EstimatedRun<T>.RunAsync(plan, p =>
        {
            Terminal.Err.WriteLine(
                $"estimate: {p.Calls} calls to {p.Model} via {p.Provider}, ~{p.InputTokens:N0} input + up to {p.OutputTokens:N0} output tokens, {p.CostText}");
            answer = Confirmation.Ask(yes, command);
            return answer == ExitCodes.Success;
        }, run, cancellationToken).ConfigureAwait(false);
        if (outcome.Declined)
        {
            return (null, answer);
        }

        if (outcome.Error is { } error)
        {
            Terminal.Error(error);
            return (null, ExitCodes.Failure);
        }

        return (outcome.Run!.Value, ExitCodes.Success);
    }
}
