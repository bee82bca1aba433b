using Roots.App;
using Roots.App.Configuration;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots rebuild</c>: makes the library's database again from its archive alone (originals and
/// their sidecars), after the database was deleted or replaced by an empty one.
/// </summary>
/// <param name="engine">The process's engine, which opens the libraries.</param>
public sealed class RebuildCommand(RootsEngine engine) : AsyncCommand<LibrarySettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, LibrarySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string directory = LibraryLocation.Resolve(settings.Library, engine.Variable);
        if (!Directory.Exists(Path.Combine(directory, App.Library.ArchiveFolderName)) && !File.Exists(Path.Combine(directory, LibraryConfigFile.FileName)))
        {
            Terminal.Error(Printable.Line($"no library archive at {directory}: roots rebuild needs the folder holding roots.yaml or archive/"));
            return ExitCodes.Failure;
        }

        var opened = engine.Init(directory);
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var library = opened.Value.Library;
        long items = await library.Store.CountAsync(cancellationToken).ConfigureAwait(false);
        if (items > 0)
        {
            Terminal.Error(Printable.Line(
                $"the library at {library.Directory} holds {items} items: roots rebuild makes a database from the archive alone, so it needs none " +
                "(move roots.db away first); roots verify --repair brings back only what is missing"));
            return ExitCodes.Usage;
        }

        var report = await library.Restorer.RestoreFromArchiveAsync(null, cancellationToken).ConfigureAwait(false);
        int code = ReportRenderer.Render(report, settings.Json);
        if (!settings.Json && report.Added > 0)
        {
            Terminal.Err.WriteLine("rebuilt from the archive; vectors are made again by roots embed");
        }

        return code;
    }
}
