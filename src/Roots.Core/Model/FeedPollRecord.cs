namespace Roots.Core.Model;

/// <summary>What one poll of a feed learned, to record on the feed.</summary>
/// <param name="Title">The feed's title, when the feed was read.</param>
/// <param name="ETag">The new ETag; null keeps none.</param>
/// <param name="LastModified">The new Last-Modified; null keeps none.</param>
/// <param name="Error">Why the poll failed, or null.</param>
/// <param name="PolledAt">When.</param>
/// <param name="NextDue">When the feed is next due.</param>
public sealed record FeedPollRecord(string? Title, string? ETag, DateTimeOffset? LastModified, string? Error, DateTimeOffset PolledAt, DateTimeOffset NextDue);
