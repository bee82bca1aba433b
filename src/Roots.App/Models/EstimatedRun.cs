using Roots.Core;

namespace Roots.App.Models;

/// <summary>
/// The one sequence of every paid batch (<c>summarize</c>, <c>translate</c>, <c>tag --model</c>): the estimate,
/// then the person's confirmation when anything would be sent, then the run. The host only says how to ask.
/// </summary>
/// <typeparam name="T">The run's report.</typeparam>
public sealed class EstimatedRun<T>
{
    private EstimatedRun(ModelPlan? plan, ModelRun<T>? run, string? error, bool declined)
    {
        Plan = plan;
        Run = run;
        Error = error;
        Declined = declined;
    }

    /// <summary>The estimate, or null when there was none (the plan failed).</summary>
    public ModelPlan? Plan { get; }

    /// <summary>The run and its usage, or null when nothing ran.</summary>
    public ModelRun<T>? Run { get; }

    /// <summary>Why there is no report (the plan or the run failed), or null.</summary>
    public string? Error { get; }

    /// <summary>True when the person did not confirm the estimate: nothing was sent.</summary>
    public bool Declined { get; }

    /// <summary>
    /// Plans; when the plan would send calls, asks <paramref name="confirm"/> with it and stops unless it says yes;
    /// then runs. A plan of no calls (everything cached) runs without asking.
    /// </summary>
    public static async Task<EstimatedRun<T>> RunAsync(
        Func<CancellationToken, Task<Result<ModelPlan>>> plan,
        Func<ModelPlan, bool> confirm,
        Func<CancellationToken, Task<ModelRun<T>>> run,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(confirm);
        ArgumentNullException.ThrowIfNull(run);
        var planned = await plan(cancellationToken).ConfigureAwait(false);
        if (!planned.IsSuccess)
        {
            return new EstimatedRun<T>(null, null, planned.Error, false);
        }

        if (planned.Value.Calls > 0 && !confirm(planned.Value))
        {
            return new EstimatedRun<T>(planned.Value, null, null, true);
        }

        var ran = await run(cancellationToken).ConfigureAwait(false);
        return new EstimatedRun<T>(planned.Value, ran, ran.Error, false);
    }
}
