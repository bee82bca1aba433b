using System.Text.RegularExpressions;
using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Mail;

namespace Roots.App.Collect;

/// <summary>
/// Mail subscriptions (IMAP folders, <c>roots mail</c>) and polling them: each poll reads only the messages
/// above the highest UID taken, and each becomes an item through the same pipeline as an <c>.eml</c> file, its
/// raw bytes archived as the original. The password is read from the environment variable the subscription
/// names, at poll time; it is never stored.
/// </summary>
public sealed partial class MailSubscriptions
{
    /// <summary>The environment variable that holds the password when <c>--password-env</c> names none.</summary>
    public const string DefaultPasswordEnv = "ROOTS_IMAP_PASSWORD";

    /// <summary>
    /// Messages read and kept per step: 50. Progress is recorded after each step, so a connection lost
    /// midway costs at most one step of re-reading, and what was kept is never read again.
    /// </summary>
    public const int BatchSize = 50;

    private readonly CollectKit _kit;
    private readonly IMailboxStore _mailboxes;
    private readonly Func<string, string?> _variable;

    internal MailSubscriptions(CollectKit kit, IMailboxStore mailboxes, Func<string, string?> variable)
    {
        _kit = kit;
        _mailboxes = mailboxes;
        _variable = variable;
    }

    /// <summary>Subscribes to an IMAP folder; nothing is read until a poll.</summary>
    /// <param name="url"><c>imaps://user@host[:port]/Folder</c> (or <c>imap://</c> for a server on this machine).</param>
    /// <param name="passwordEnv">The environment variable that will hold the password (default <see cref="DefaultPasswordEnv"/>).</param>
    /// <param name="tags">Tags for every message collected from it.</param>
    /// <param name="stop">Cancels.</param>
    public async Task<Result<(Mailbox Mailbox, bool Created)>> AddAsync(string url, string? passwordEnv, IReadOnlyList<string>? tags, CancellationToken stop = default)
    {
        var address = ImapAddress.Parse(url);
        if (!address.IsSuccess)
        {
            return Result<(Mailbox, bool)>.Fail(address.Error!);
        }

        var env = string.IsNullOrWhiteSpace(passwordEnv) ? DefaultPasswordEnv : passwordEnv.Trim();
        if (!VariableName().IsMatch(env))
        {
            return Result<(Mailbox, bool)>.Fail($"--password-env {env}: give the name of an environment variable (letters, digits, _), not the password");
        }

        var canonical = (tags ?? []).Select(_kit.Config.Taxonomy.Compiled.CanonicalTag).Distinct(StringComparer.Ordinal).ToList();
        return await _mailboxes.AddMailboxAsync(address.Value.Url, env, canonical, stop).ConfigureAwait(false);
    }

    /// <summary>Every subscription, in the order added.</summary>
    public async Task<IReadOnlyList<Mailbox>> ListAsync(CancellationToken stop = default) =>
        await _mailboxes.ListMailboxesAsync(stop).ConfigureAwait(false);

    /// <summary>Ends the subscription named by URL or id; the items collected from it stay.</summary>
    public async Task<Result<Mailbox>> RemoveAsync(string urlOrId, CancellationToken stop = default)
    {
        var mailbox = await FindAsync(urlOrId, stop).ConfigureAwait(false);
        if (mailbox is null)
        {
            return Result<Mailbox>.Fail($"no mailbox {urlOrId}; roots mail list shows them");
        }

        await _mailboxes.RemoveMailboxAsync(mailbox.Id, stop).ConfigureAwait(false);
        return mailbox;
    }

    /// <summary>
    /// Polls every mailbox, or the one named by <paramref name="urlOrId"/>. A mailbox that fails (no password, login
    /// refused, no such folder, TLS, connection lost) is reported in one line and the others are polled.
    /// </summary>
    public async Task<Result<MailPollReport>> PollAsync(string? urlOrId, IProgress<IngestProgress>? progress = null, CancellationToken stop = default)
    {
        IReadOnlyList<Mailbox> mailboxes;
        if (urlOrId is null)
        {
            mailboxes = await _mailboxes.ListMailboxesAsync(stop).ConfigureAwait(false);
        }
        else if (await FindAsync(urlOrId, stop).ConfigureAwait(false) is { } one)
        {
            mailboxes = [one];
        }
        else
        {
            return Result<MailPollReport>.Fail($"no mailbox {urlOrId}; roots mail list shows them");
        }

        var items = new IngestReport();
        var results = new List<MailPollResult>(mailboxes.Count);
        var poller = new MailPoller(_kit, _mailboxes, items, progress);
        foreach (var mailbox in mailboxes)
        {
            if (stop.IsCancellationRequested)
            {
                results.Add(new MailPollResult(mailbox, "interrupted", 0, 0, false, null));
                continue;
            }

            var password = _variable(mailbox.PasswordEnv);
            var result = string.IsNullOrEmpty(password)
                ? new MailPollResult(mailbox, "failed", 0, 0, false, $"${mailbox.PasswordEnv} is not set: put the password of {mailbox.Url} in it (it is read at each poll, never stored)")
                : await poller.PollAsync(mailbox, password, stop).ConfigureAwait(false);
            await _mailboxes.RecordMailboxPollAsync(mailbox.Id, _kit.Time.GetUtcNow(), result.Error, CancellationToken.None).ConfigureAwait(false);
            results.Add(result);
        }

        items.Interrupted = stop.IsCancellationRequested;
        await _kit.AfterKeepAsync(items).ConfigureAwait(false);
        return new MailPollReport(results, items);
    }

    private async Task<Mailbox?> FindAsync(string urlOrId, CancellationToken stop)
    {
        var mailbox = await _mailboxes.FindMailboxAsync(urlOrId, stop).ConfigureAwait(false);
        if (mailbox is null && ImapAddress.Parse(urlOrId) is { IsSuccess: true } address)
        {
            mailbox = await _mailboxes.FindMailboxAsync(address.Value.Url, stop).ConfigureAwait(false);
        }

        return mailbox;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex VariableName();
}
