using Roots.App.Ingest;

namespace Roots.App.UseCases;

/// <summary>What <c>roots add --queue</c> put on the queue.</summary>
/// <param name="Queued">Jobs queued now (new, or failed before and queued again).</param>
/// <param name="Known">Inputs already on the queue or done: not queued twice.</param>
/// <param name="Failures">Inputs that could not be queued (a path that does not exist, not a URL).</param>
public sealed record QueueReport(int Queued, int Known, IReadOnlyList<FailedInput> Failures)
{
    /// <summary>What was left out while walking folders (a Roots library folder, a fifo), with the reason.</summary>
    public IReadOnlyList<FailedInput> Skipped { get; init; } = [];
}
