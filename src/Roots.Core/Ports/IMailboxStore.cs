using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// Mail subscriptions (IMAP folders) and, for each, the UIDVALIDITY and highest UID taken, so that
/// each poll asks only for new messages and a poll cut short resumes after the last message kept.
/// </summary>
/// <remarks>Same threading rule as the store that implements it: one thread at a time per instance.</remarks>
public interface IMailboxStore
{
    /// <summary>Subscribes to the folder at <paramref name="url"/>; a known URL keeps its progress and gets the new settings.</summary>
    /// <param name="url">The folder, <c>imaps://user@host:port/Folder</c>, without a password.</param>
    /// <param name="passwordEnv">The environment variable that holds the password.</param>
    /// <param name="tags">Tags for every message collected from it.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The mailbox, and whether it is new.</returns>
    ValueTask<(Mailbox Mailbox, bool Created)> AddMailboxAsync(string url, string passwordEnv, IReadOnlyList<string> tags, CancellationToken cancellationToken = default);

    /// <summary>Every mailbox, in the order they were added.</summary>
    ValueTask<IReadOnlyList<Mailbox>> ListMailboxesAsync(CancellationToken cancellationToken = default);

    /// <summary>The mailbox with this URL or id, or null.</summary>
    ValueTask<Mailbox?> FindMailboxAsync(string urlOrId, CancellationToken cancellationToken = default);

    /// <summary>Ends a subscription; the items collected from it stay.</summary>
    ValueTask<bool> RemoveMailboxAsync(long mailboxId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the messages up to <paramref name="lastUid"/> under <paramref name="uidValidity"/> were taken
    /// (<paramref name="taken"/> more of them): written after each kept batch, so what was kept is never asked for again.
    /// </summary>
    ValueTask RecordMailboxProgressAsync(long mailboxId, long uidValidity, long lastUid, int taken, CancellationToken cancellationToken = default);

    /// <summary>Records the end of a poll: when, and why it failed (null when it did not).</summary>
    ValueTask RecordMailboxPollAsync(long mailboxId, DateTimeOffset polledAt, string? error, CancellationToken cancellationToken = default);
}
