namespace Roots.Core.Model;

/// <summary>Where a durable job stands. Stored as lower-case text (<c>queued</c>, <c>running</c> …).</summary>
public enum JobState
{
    /// <summary>Waiting to be claimed.</summary>
    Queued,

    /// <summary>Claimed by a run that holds a lease; when the lease runs out (a crash) it is claimable again.</summary>
    Running,

    /// <summary>Finished; a re-run does not touch it (only an explicit refresh queues it again).</summary>
    Done,

    /// <summary>Failed for a reason that may pass (a timeout, 503); the next run tries it again, up to the attempt limit.</summary>
    Failed,

    /// <summary>Failed for good (404, refused address, attempts used up); kept with its reason, never retried by itself.</summary>
    Dead,
}
