using Roots.App;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// A command that works on an existing library: opens it (or prints why it cannot, exit 1),
/// runs, and closes it. Subclasses only call <see cref="Library"/> and render.
/// </summary>
/// <remarks>
/// On a read-only library (read-only media) a command that changes it is refused in one line before
/// it starts; one that only reads says once that the library is read-only and runs. A reading
/// command that needs a write after all (a paid model call records itself in the ledger) stops with
/// the same one-line refusal, never with the store's own words.
/// </remarks>
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
        if (!library.IsReadOnly)
        {
            return await ExecuteAsync(library, settings, cancellationToken).ConfigureAwait(false);
        }

        if (RefusedOnReadOnly(library, settings) is { } refusal)
        {
            Terminal.Error(refusal);
            return ExitCodes.Failure;
        }

        Terminal.Note(App.Library.ReadOnlyNotice);
        try
        {
            return await ExecuteAsync(library, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (library.IsReadOnlyRefusal(e))
        {
            Terminal.Error(library.ReadOnlyRefusal);
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Why this run is refused on a read-only library (it would change it), or null when it only reads.
    /// Every command is refused unless it says it only reads, so that a new command is safe by default.
    /// </summary>
    protected virtual string? RefusedOnReadOnly(Library library, TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(library);
        return library.ReadOnlyRefusal;
    }

    /// <summary>Runs the command on the open library; returns the exit code.</summary>
    protected abstract Task<int> ExecuteAsync(Library library, TSettings settings, CancellationToken cancellationToken);
}
