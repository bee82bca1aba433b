using System.Globalization;
using Roots.App.Contracts;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Commands;

/// <summary><c>roots mail list [--json]</c>: the mail subscriptions and how their last poll went.</summary>
public sealed class MailListCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, LibrarySettings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var mailboxes = await library.Mail.ListAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            WebJson.Write(mailboxes.Select(MailboxJson.Of).ToList());
            return ExitCodes.Success;
        }

        if (mailboxes.Count == 0)
        {
            Terminal.Err.WriteLine("no mailboxes; subscribe with roots mail add imaps://user@host/INBOX");
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("id", "mailbox", "password from", "items", "last UID", "last poll");
        foreach (var mailbox in mailboxes)
        {
            string last = mailbox.LastError is { } error ? $"[red]{Printable.Markup(error)}[/]"
                : mailbox.LastPolledAt is { } at ? at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never";
            table.AddRow(
                mailbox.Id.ToString(CultureInfo.InvariantCulture),
                Printable.Markup(mailbox.Url) + (mailbox.Tags.Count == 0 ? "" : "\n" + Printable.Markup(string.Join(' ', mailbox.Tags.Select(t => "#" + t)))),
                Printable.Markup("$" + mailbox.PasswordEnv),
                mailbox.Messages.ToString(CultureInfo.InvariantCulture),
                mailbox.LastUid.ToString(CultureInfo.InvariantCulture),
                last);
        }

        Terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
