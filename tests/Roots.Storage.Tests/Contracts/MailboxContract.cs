using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IMailboxStore"/>: mail subscriptions, the UID progress of each, and the end of each poll.</summary>
public abstract class MailboxContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private const string Inbox = "imaps://alice@mail.example.org/INBOX";

    [ContractFact]
    public async Task AddMailbox_New_HasNoProgressYet()
    {
        var (mailbox, created) = await Store.AddMailboxAsync(Inbox, "ROOTS_IMAP_PASSWORD", ["mail", "邮件"]);

        Assert.True(created);
        Assert.Equal(new Mailbox(mailbox.Id, Inbox, "ROOTS_IMAP_PASSWORD", mailbox.Tags, null, 0, null, null, 0), mailbox);
        Assert.Equal(["mail", "邮件"], mailbox.Tags);
        Assert.Equal([Inbox], (await Store.ListMailboxesAsync()).Select(m => m.Url));
    }

    [ContractFact]
    public async Task AddMailbox_Twice_KeepsItsProgressAndTakesTheNewSettings()
    {
        var (mailbox, _) = await Store.AddMailboxAsync(Inbox, "A", []);
        await Store.RecordMailboxProgressAsync(mailbox.Id, 1_700_000_000, 41, 3);
        await Store.RecordMailboxProgressAsync(mailbox.Id, 1_700_000_000, 42, 1);
        var polled = DateTimeOffset.FromUnixTimeSeconds(1_700_000_100);
        await Store.RecordMailboxPollAsync(mailbox.Id, polled, "the connection to mail.example.org:993 was lost");

        var (again, created) = await Store.AddMailboxAsync(Inbox, "B", ["work"]);

        Assert.False(created);
        Assert.Equal("B", again.PasswordEnv);
        Assert.Equal(["work"], again.Tags);
        Assert.Equal(1_700_000_000, again.UidValidity);
        Assert.Equal(42, again.LastUid);
        Assert.Equal(4, again.Messages);
        Assert.Equal(polled, again.LastPolledAt);
        Assert.Equal("the connection to mail.example.org:993 was lost", again.LastError);
        Assert.Single(await Store.ListMailboxesAsync());
    }

    [ContractFact]
    public async Task FindAndRemove_ByUrlOrId_OthersStay()
    {
        var (a, _) = await Store.AddMailboxAsync(Inbox, "V", []);
        var (b, _) = await Store.AddMailboxAsync("imaps://alice@mail.example.org/Lists", "V", []);
        await Store.RecordMailboxPollAsync(b.Id, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), null);

        Assert.Equal(a.Id, (await Store.FindMailboxAsync(Inbox))!.Id);
        Assert.Equal(b.Url, (await Store.FindMailboxAsync(b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.Url);
        Assert.Null(await Store.FindMailboxAsync("imaps://nobody@example.org/INBOX"));
        Assert.True(await Store.RemoveMailboxAsync(a.Id));
        Assert.False(await Store.RemoveMailboxAsync(a.Id));
        Assert.Equal([b.Id], (await Store.ListMailboxesAsync()).Select(m => m.Id));
    }
}
