namespace Roots.Core.Model;

/// <summary>One unit of long work kept in the library database, so that a crash or Ctrl-C resumes it.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Kind">What kind of work (<c>url</c> …); <see cref="Key"/> is unique per kind.</param>
/// <param name="Key">What the job is about, e.g. the URL; queuing the same key twice is one job.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">How many times it was claimed.</param>
/// <param name="LastError">Why the last attempt failed, in one line; null when it did not.</param>
/// <param name="Payload">Small JSON the work needs (options such as a refresh); may be null.</param>
/// <param name="UpdatedAt">When its state last changed.</param>
public sealed record Job(long Id, string Kind, string Key, JobState State, int Attempts, string? LastError, string? Payload, DateTimeOffset UpdatedAt);
