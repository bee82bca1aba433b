using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots feed import FILE.opml</c>: subscribes to every feed of an OPML file.</summary>
public sealed class FeedImportCommand : LibraryCommand<FeedImportCommand.Settings>
{
    /// <summary>Options of <c>roots feed import</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The OPML file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("An OPML file exported by a feed reader.")]
        public string File { get; init; } = "";

        /// <summary>How often the new feeds are due.</summary>
        [CommandOption("--every <INTERVAL>")]
        [Description("How often the imported feeds are due (default 1h).")]
        public string Every { get; init; } = "1h";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            FeedInterval.TryParse(Every, out _) ? ValidationResult.Success() : ValidationResult.Error($"--every {Every}: give a number with s, m, h or d, e.g. 30m or 1h");
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        FeedInterval.TryParse(settings.Every, out var every);
        var imported = await library.Feeds.ImportOpmlAsync(settings.File, every, full: false, cancellationToken).ConfigureAwait(false);
        if (!imported.IsSuccess)
        {
            Terminal.Error(imported.Error!);
            return ExitCodes.Failure;
        }

        foreach (string refused in imported.Value.Refused)
        {
            Terminal.Warn(refused);
        }

        Terminal.Err.MarkupLineSafe($"[green]{imported.Value.Added} feeds added[/], {imported.Value.Known} already known{(imported.Value.Refused.Count > 0 ? $", {imported.Value.Refused.Count} refused" : "")}; roots feed poll collects them");
        return imported.Value.Refused.Count > 0 ? ExitCodes.Partial : ExitCodes.Success;
    }
}
