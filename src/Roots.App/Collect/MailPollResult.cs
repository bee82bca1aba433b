using Roots.Core.Model;

namespace Roots.App.Collect;

/// <summary>What polling one mailbox did.</summary>
/// <param name="Mailbox">The mailbox (as it was before the poll).</param>
/// <param name="Status"><c>new</c> (messages became items), <c>unchanged</c> (nothing new), <c>failed</c> or <c>interrupted</c>.</param>
/// <param name="Messages">Messages read from the server this time (kept, duplicates and unreadable ones alike).</param>
/// <param name="NewItems">Of those, the ones that became new items.</param>
/// <param name="Rescanned">True when the folder's UIDVALIDITY had changed, so every message was read again (duplicates are not kept twice).</param>
/// <param name="Error">Why it failed or stopped early, one line; what was kept before that stays kept.</param>
public sealed record MailPollResult(Mailbox Mailbox, string Status, int Messages, int NewItems, bool Rescanned, string? Error);
