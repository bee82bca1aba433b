using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots mail add imaps://user@host[:port]/Folder [--password-env VAR] [--tag T]</c>: subscribes to an IMAP folder.</summary>
public sealed class MailAddCommand : LibraryCommand<MailAddCommand.Settings>
{
    /// <summary>Options of <c>roots mail add</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The folder's URL.</summary>
        [CommandArgument(0, "<URL>")]
        [Description("The IMAP folder: imaps://user@host[[:port]]/Folder (imap:// only for a server on this machine); no password in it.")]
        public string Url { get; init; } = "";

        /// <summary>The environment variable that holds the password.</summary>
        [CommandOption("--password-env <VAR>")]
        [Description("The environment variable that holds the password at each poll (default ROOTS_IMAP_PASSWORD); the password is never stored.")]
        public string? PasswordEnv { get; init; }

        /// <summary>Tags for every message collected.</summary>
        [CommandOption("-t|--tag <TAG>")]
        [Description("A tag for every message collected from it (repeat for more).")]
        public string[] Tags { get; init; } = [];
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var added = await library.Mail.AddAsync(settings.Url, settings.PasswordEnv, settings.Tags, cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            Terminal.Error(added.Error!);
            return ExitCodes.Failure;
        }

        var (mailbox, created) = added.Value;
        Terminal.Err.MarkupLine((created ? "[green]subscribed[/]" : "updated") + SafeMarkup.Format(
            $" mailbox {mailbox.Id}: {mailbox.Url} (password from ${mailbox.PasswordEnv}); roots mail poll collects it"));
        return ExitCodes.Success;
    }
}
