using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots reindex</c>: rebuilds the full-text index from the items.</summary>
public sealed class ReindexCommand : AsyncCommand<LibrarySettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var opened = settings.OpenLibrary();
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var library = opened.Value;
        long count = await library.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"reindexed {count} items");
        return ExitCodes.Success;
    }
}
