using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots feed add URL [--every 1h] [--full]</c>: subscribes to a feed.</summary>
public sealed class FeedAddCommand : LibraryCommand<FeedAddCommand.Settings>
{
    /// <summary>Options of <c>roots feed add</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The feed URL.</summary>
        [CommandArgument(0, "<URL>")]
        [Description("The feed URL (RSS, Atom or JSON Feed).")]
        public string Url { get; init; } = "";

        /// <summary>How often the feed is due.</summary>
        [CommandOption("--every <INTERVAL>")]
        [Description("How often it is due for roots feed poll: 30m, 1h, 1d … (default 1h).")]
        public string Every { get; init; } = "1h";

        /// <summary>Fetch linked articles of summary-only entries.</summary>
        [CommandOption("--full")]
        [Description("Fetch the linked article when an entry carries only a summary.")]
        public bool Full { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            FeedInterval.TryParse(Every, out _) ? ValidationResult.Success() : ValidationResult.Error($"--every {Every}: give a number with s, m, h or d, e.g. 30m or 1h");
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        FeedInterval.TryParse(settings.Every, out var every);
        var added = await library.Feeds.AddAsync(settings.Url, every, settings.Full, cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            Terminal.Error(added.Error!);
            return ExitCodes.Failure;
        }

        var (feed, created) = added.Value;
        Terminal.Err.MarkupLine((created ? "[green]subscribed[/]" : "updated") + SafeMarkup.Format($" feed {feed.Id}: {feed.Url} (every {FeedInterval.Format(feed.Every)}{(feed.Full ? ", full articles" : "")}); roots feed poll collects it"));
        return ExitCodes.Success;
    }
}
