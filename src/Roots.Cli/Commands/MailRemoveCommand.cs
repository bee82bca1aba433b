using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots mail remove URL|ID</c>: ends a mail subscription; collected items stay.</summary>
public sealed class MailRemoveCommand : LibraryCommand<MailRemoveCommand.Settings>
{
    /// <summary>Options of <c>roots mail remove</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The mailbox's URL or id.</summary>
        [CommandArgument(0, "<MAILBOX>")]
        [Description("The mailbox's id (roots mail list) or URL.")]
        public string Mailbox { get; init; } = "";
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var removed = await library.Mail.RemoveAsync(settings.Mailbox, cancellationToken).ConfigureAwait(false);
        if (!removed.IsSuccess)
        {
            Terminal.Error(removed.Error!);
            return ExitCodes.Failure;
        }

        Terminal.Err.MarkupLineSafe($"removed mailbox {removed.Value.Id}: {removed.Value.Url} (its items stay)");
        return ExitCodes.Success;
    }
}
