using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots reindex</c>: rebuilds the full-text index from the items.</summary>
public sealed class ReindexCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        long count = await library.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"reindexed {count} items");
        return ExitCodes.Success;
    }
}
