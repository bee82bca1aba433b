using Roots.Core;
using Roots.Core.Ports;

namespace Roots.App.Models;

/// <summary>
/// A model operation's result (its report, or the one-line reason it failed) with the usage its calls recorded
/// (<see cref="ModelUsage"/>), so a host shows what was spent without reading the ledger back.
/// </summary>
/// <typeparam name="T">The report.</typeparam>
public sealed class ModelRun<T>
{
    private ModelRun(Result<T> result, ModelUsage usage)
    {
        Result = result;
        Usage = usage;
    }

    /// <summary>The report, or why there is none.</summary>
    public Result<T> Result { get; }

    /// <summary>The ledger rows this operation wrote.</summary>
    public ModelUsage Usage { get; }

    /// <summary>Whether there is a report.</summary>
    public bool IsSuccess => Result.IsSuccess;

    /// <summary>The report (throws when <see cref="IsSuccess"/> is false).</summary>
    public T Value => Result.Value;

    /// <summary>Why there is no report, or null.</summary>
    public string? Error => Result.Error;

    /// <summary>Runs <paramref name="operation"/> over <paramref name="ledger"/>, keeping the rows its calls write.</summary>
    internal static async Task<ModelRun<T>> RecordAsync(IUsageLedger ledger, Func<IUsageLedger, Task<Result<T>>> operation)
    {
        var recording = new RecordingLedger(ledger);
        var result = await operation(recording).ConfigureAwait(false);
        return new ModelRun<T>(result, recording.Usage);
    }
}
