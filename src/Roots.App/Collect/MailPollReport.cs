using Roots.App.Ingest;

namespace Roots.App.Collect;

/// <summary>What a poll of the mailboxes did: per mailbox, and for the items collected.</summary>
/// <param name="Mailboxes">One result per polled mailbox, in the order they were added.</param>
/// <param name="Items">The collection of the new messages (added, duplicates, failures).</param>
public sealed record MailPollReport(IReadOnlyList<MailPollResult> Mailboxes, IngestReport Items);
