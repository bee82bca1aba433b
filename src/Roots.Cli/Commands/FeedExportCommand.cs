using Roots.Cli.Infrastructure;

namespace Roots.Cli.Commands;

/// <summary><c>roots feed export</c>: the subscriptions as OPML on stdout, for other feed readers.</summary>
public sealed class FeedExportCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, LibrarySettings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        Terminal.Line(await library.Feeds.ExportOpmlAsync(cancellationToken).ConfigureAwait(false));
        return ExitCodes.Success;
    }
}
