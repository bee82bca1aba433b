namespace Roots.App.UseCases;

/// <summary>What a worker has done so far, reported after each chunk of jobs.</summary>
/// <param name="Jobs">Jobs settled (done, failed or dead).</param>
/// <param name="Added">New items.</param>
/// <param name="Updated">New versions.</param>
/// <param name="Failed">Jobs that failed.</param>
/// <param name="Queued">Jobs still queued (all kinds) when the chunk ended.</param>
public readonly record struct WorkerProgress(int Jobs, int Added, int Updated, int Failed, int Queued);
