using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots feed remove URL|ID</c>: ends a subscription; collected items stay.</summary>
public sealed class FeedRemoveCommand : LibraryCommand<FeedRemoveCommand.Settings>
{
    /// <summary>Options of <c>roots feed remove</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The feed's URL or id.</summary>
        [CommandArgument(0, "<FEED>")]
        [Description("The feed's URL or its id (roots feed list).")]
        public string Feed { get; init; } = "";
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var removed = await library.Feeds.RemoveAsync(settings.Feed, cancellationToken).ConfigureAwait(false);
        if (!removed.IsSuccess)
        {
            Terminal.Error(removed.Error!);
            return ExitCodes.Failure;
        }

        Terminal.Err.MarkupLineSafe($"removed feed {removed.Value.Id}: {removed.Value.Url} (its {removed.Value.Entries} items stay)");
        return ExitCodes.Success;
    }
}
