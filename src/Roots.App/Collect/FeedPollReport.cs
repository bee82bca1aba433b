using Roots.App.Ingest;

namespace Roots.App.Collect;

/// <summary>What a poll of the feeds did: per feed, and for the items collected.</summary>
/// <param name="Feeds">One result per polled feed, in the order of the feeds.</param>
/// <param name="Items">The collection of the new entries (added, duplicates, failures).</param>
public sealed record FeedPollReport(IReadOnlyList<FeedPollResult> Feeds, IngestReport Items);
