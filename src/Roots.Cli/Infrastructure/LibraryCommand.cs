using Roots.App;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// A command that works on an existing library: opens it (or prints why it cannot, exit 1),
/// runs, and closes it. Subclasses only call <see cref="Library"/> and render.
/// </summary>
public abstract class LibraryCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : LibrarySettings
{
    /// <inheritdoc />
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var opened = settings.OpenLibrary();
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var library = opened.Value;
        return await ExecuteAsync(library, settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the command on the open library; returns the exit code.</summary>
    protected abstract Task<int> ExecuteAsync(Library library, TSettings settings, CancellationToken cancellationToken);
}
