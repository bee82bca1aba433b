namespace Roots.App.UseCases;

/// <summary>How <c>roots worker</c> works off the queue.</summary>
/// <param name="Concurrency">Documents extracted and analysed at once, and URLs fetched at once.</param>
/// <param name="Lease">How long a claim holds: a worker that dies loses its jobs for this long, then another takes them.</param>
/// <param name="UntilEmpty">Stop when nothing is left to claim, instead of waiting for new jobs.</param>
/// <param name="Poll">How long an idle worker waits before looking at the queue again.</param>
public sealed record WorkerOptions(int Concurrency, TimeSpan Lease, bool UntilEmpty, TimeSpan Poll)
{
    /// <summary>The lease a claim holds unless told otherwise.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);

    /// <summary>One job per core, the default lease, waiting for work, looking every 2 seconds.</summary>
    public static WorkerOptions Default { get; } = new(Environment.ProcessorCount, DefaultLease, false, TimeSpan.FromSeconds(2));
}
