using Roots.Core.Model;

namespace Roots.App.Collect;

/// <summary>What polling one feed did.</summary>
/// <param name="Feed">The feed (as it was before the poll).</param>
/// <param name="Status"><c>new</c>, <c>unchanged</c> (nothing new), <c>not-modified</c> (304) or <c>failed</c>.</param>
/// <param name="NewEntries">Entries collected this time.</param>
/// <param name="Error">Why it failed, one line.</param>
public sealed record FeedPollResult(Feed Feed, string Status, int NewEntries, string? Error);
