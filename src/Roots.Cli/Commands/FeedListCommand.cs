using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Commands;

/// <summary><c>roots feed list [--json]</c>: the subscriptions and how their last poll went.</summary>
public sealed class FeedListCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, LibrarySettings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var feeds = await library.Feeds.ListAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            WebJson.Write(feeds.Select(WebJson.ToJson).ToList());
            return ExitCodes.Success;
        }

        if (feeds.Count == 0)
        {
            Terminal.Err.WriteLine("no feeds; subscribe with roots feed add URL");
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("id", "feed", "every", "entries", "last poll");
        foreach (var feed in feeds)
        {
            string last = feed.LastError is { } error ? $"[red]{Printable.Markup(error)}[/]"
                : feed.LastPolledAt is { } at ? at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "never";
            table.AddRow(
                feed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                feed.Title is null ? Printable.Markup(feed.Url) : Printable.Markup(feed.Title) + "\n" + Printable.Markup(feed.Url),
                FeedInterval.Format(feed.Every) + (feed.Full ? " full" : ""),
                feed.Entries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                last);
        }

        Terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
