namespace Roots.Core.Model;

/// <summary>How a claimed job ended, to record in one transaction with the others of its batch.</summary>
/// <param name="Id">The job.</param>
/// <param name="State"><see cref="JobState.Done"/>, <see cref="JobState.Failed"/>, <see cref="JobState.Dead"/>, or <see cref="JobState.Queued"/> to hand it back unfinished.</param>
/// <param name="Error">The reason of a failure, one line.</param>
public readonly record struct JobSettlement(long Id, JobState State, string? Error = null);
