using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// Feed subscriptions, the entries already collected from each (so that only new entries become
/// items), and the HTTP validators of fetched URLs (so that a refresh or a poll is a conditional GET).
/// </summary>
/// <remarks>Same threading rule as the store that implements it: one thread at a time per instance.</remarks>
public interface IFeedStore
{
    /// <summary>Subscribes to <paramref name="url"/>; a known URL keeps its entries and gets the new settings.</summary>
    /// <returns>The feed, and whether it is new.</returns>
    ValueTask<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan every, bool full, CancellationToken cancellationToken = default);

    /// <summary>Every feed, in the order they were added.</summary>
    ValueTask<IReadOnlyList<Feed>> ListFeedsAsync(CancellationToken cancellationToken = default);

    /// <summary>The feed with this URL or id, or null.</summary>
    ValueTask<Feed?> FindFeedAsync(string urlOrId, CancellationToken cancellationToken = default);

    /// <summary>Ends a subscription and forgets its entries; the items collected from it stay.</summary>
    ValueTask<bool> RemoveFeedAsync(long feedId, CancellationToken cancellationToken = default);

    /// <summary>Records a poll on the feed.</summary>
    ValueTask RecordPollAsync(long feedId, FeedPollRecord poll, CancellationToken cancellationToken = default);

    /// <summary>Of <paramref name="entryKeys"/>, those not yet collected from the feed, in the order given.</summary>
    ValueTask<IReadOnlyList<string>> NewEntriesAsync(long feedId, IReadOnlyList<string> entryKeys, CancellationToken cancellationToken = default);

    /// <summary>Records entries as collected (the item may be null when the entry was a duplicate of nothing kept).</summary>
    ValueTask AddEntriesAsync(long feedId, IReadOnlyList<(string EntryKey, long? ItemId)> entries, CancellationToken cancellationToken = default);

    /// <summary>The validators of the copy of <paramref name="url"/> the library holds, or null.</summary>
    ValueTask<FeedValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Remembers the validators of a fetched URL.</summary>
    ValueTask SaveValidatorsAsync(IReadOnlyList<(string Url, FeedValidators Validators)> validators, CancellationToken cancellationToken = default);
}
