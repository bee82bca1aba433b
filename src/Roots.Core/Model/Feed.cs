namespace Roots.Core.Model;

/// <summary>A subscription: a feed URL polled every so often, with what the last poll learned.</summary>
/// <param name="Id">The feed's id.</param>
/// <param name="Url">The feed URL as subscribed.</param>
/// <param name="Title">The feed's own title, once polled.</param>
/// <param name="Every">How often it is due.</param>
/// <param name="Full">Whether entries that carry only a summary get their linked article fetched.</param>
/// <param name="ETag">The validator for the next conditional GET.</param>
/// <param name="LastModified">The other validator for the next conditional GET.</param>
/// <param name="LastPolledAt">When it was last polled.</param>
/// <param name="LastError">Why the last poll failed; null when it did not.</param>
/// <param name="NextDue">When it is next due.</param>
/// <param name="Entries">How many of its entries were collected.</param>
public sealed record Feed(
    long Id,
    string Url,
    string? Title,
    TimeSpan Every,
    bool Full,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset? LastPolledAt,
    string? LastError,
    DateTimeOffset NextDue,
    int Entries);
