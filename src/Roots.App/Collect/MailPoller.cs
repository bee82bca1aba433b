using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Mail;

namespace Roots.App.Collect;

/// <summary>
/// Polls one mailbox after another into one report: opens the folder, reads the UIDs above the last one taken
/// (all of them when UIDVALIDITY changed), and keeps them step by step (<see cref="MailSubscriptions.BatchSize"/>),
/// recording the highest UID after each kept step. A message that cannot be read as mail is reported and passed
/// over; an interrupted or disk-full step is not recorded, so the next poll reads it again (the items it did keep
/// come back unchanged, never twice).
/// </summary>
internal sealed class MailPoller(CollectKit kit, IMailboxStore mailboxes, IngestReport items, IProgress<IngestProgress>? progress)
{
    public async Task<MailPollResult> PollAsync(Mailbox mailbox, string password, CancellationToken stop)
    {
        var address = ImapAddress.Parse(mailbox.Url);
        if (!address.IsSuccess)
        {
            return new MailPollResult(mailbox, "failed", 0, 0, false, address.Error);
        }

        var opened = await ImapFolderReader.OpenAsync(address.Value, password, mailbox.PasswordEnv, stop).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return new MailPollResult(mailbox, stop.IsCancellationRequested ? "interrupted" : "failed", 0, 0, false, opened.Error);
        }

        await using var reader = opened.Value;
        uint validity = reader.UidValidity;
        bool rescan = mailbox.UidValidity is { } known && known != validity;
        uint after = mailbox.UidValidity == validity ? (uint)Math.Clamp(mailbox.LastUid, 0, uint.MaxValue) : 0;
        if (mailbox.UidValidity != validity)
        {
            // From here on UIDs are counted under the new UIDVALIDITY, from the start.
            await mailboxes.RecordMailboxProgressAsync(mailbox.Id, validity, 0, 0, CancellationToken.None).ConfigureAwait(false);
        }

        IReadOnlyList<uint> uids;
        try
        {
            uids = await reader.NewUidsAsync(after, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (ImapErrors.IsExpected(ex) && !stop.IsCancellationRequested)
        {
            return new MailPollResult(mailbox, "failed", 0, 0, rescan, ImapErrors.Describe(ex, address.Value, null));
        }

        long maxBytes = (long)kit.Config.Ingest.MaxFileMegabytes * 1024 * 1024;
        var options = new AddOptions(Tags: mailbox.Tags);
        int read = 0, added = 0;
        string? error = null;
        foreach (var step in uids.Chunk(MailSubscriptions.BatchSize))
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            var (messages, readError) = await reader.ReadAsync(step, maxBytes, stop).ConfigureAwait(false);
            if (messages.Count > 0)
            {
                var inputs = messages.Select(message => new IngestInput(
                    $"{mailbox.Url}#{message.Uid}",
                    () => MailDocuments.FromImap(message).Map(doc => kit.Apply(doc, options)))).ToList();
                var run = await kit.FileRunner().RunAsync(inputs, inputs.Count, null, stop).ConfigureAwait(false);
                IngestReports.Merge(items, run);
                progress?.Report(new IngestProgress(items.Processed, null, items.Failures.Count, items.Duplicates.Count));
                if (run.Interrupted || run.StoppedByDiskFull is not null)
                {
                    error = run.StoppedByDiskFull;
                    break;
                }

                read += messages.Count;
                added += run.Added + run.Updated;
                await mailboxes.RecordMailboxProgressAsync(mailbox.Id, validity, messages[^1].Uid, run.Added + run.Updated, CancellationToken.None).ConfigureAwait(false);
            }

            if (readError is not null)
            {
                error = readError;
                break;
            }
        }

        string status = error is not null ? "failed" : stop.IsCancellationRequested ? "interrupted" : added > 0 ? "new" : "unchanged";
        return new MailPollResult(mailbox, status, read, added, rescan, error);
    }
}
