using Roots.Core.Model;

namespace Roots.App.Contracts;

/// <summary>
/// A feed subscription on the wire, the same for both hosts: <c>roots feed list --json</c> and
/// <c>GET /api/feeds</c>. How often it is due is given in seconds (exact) and in whole minutes (what the web
/// form asks for); the two hosts used to give one each.
/// </summary>
/// <param name="Id">The subscription's number.</param>
/// <param name="Url">The feed's address.</param>
/// <param name="Title">The feed's own title, once polled.</param>
/// <param name="EverySeconds">How often it is due, in seconds.</param>
/// <param name="EveryMinutes">How often it is due, in minutes (rounded).</param>
/// <param name="Full">Whether summary-only entries get their article fetched.</param>
/// <param name="Entries">Entries kept from it so far.</param>
/// <param name="LastPolledAt">When it was last polled; null before the first poll.</param>
/// <param name="NextDue">When it is next due.</param>
/// <param name="LastError">Why the last poll failed; null when it did not.</param>
public sealed record FeedJson(
    long Id, string Url, string? Title, long EverySeconds, int EveryMinutes, bool Full, int Entries,
    DateTimeOffset? LastPolledAt, DateTimeOffset NextDue, string? LastError)
{
    /// <summary>The wire form of <paramref name="feed"/>.</summary>
    public static FeedJson Of(Feed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new(feed.Id, feed.Url, feed.Title, (long)feed.Every.TotalSeconds, (int)Math.Round(feed.Every.TotalMinutes), feed.Full, feed.Entries,
            feed.LastPolledAt, feed.NextDue, feed.LastError);
    }
}
