using Roots.App;
using Roots.App.Configuration;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots migrate</c>: applies the store's pending schema migrations (PostgreSQL; SQLite migrates when opened).</summary>
/// <param name="engine">The process's engine, which opens the libraries.</param>
public sealed class MigrateCommand(RootsEngine engine) : AsyncCommand<LibrarySettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, LibrarySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var migrated = engine.Migrate(LibraryLocation.Resolve(settings.Library, engine.Variable));
        if (!migrated.IsSuccess)
        {
            Terminal.Error(migrated.Error!);
            return Task.FromResult(ExitCodes.Failure);
        }

        var (store, version, applied) = migrated.Value;
        if (settings.Json)
        {
            ScaleJson.Write(new MigrateJson(store, version, [.. applied]));
        }
        else
        {
            Terminal.Err.WriteLine(applied.Count == 0
                ? $"{store}: the schema is up to date (version {version})"
                : $"{store}: applied {applied.Count} migration(s) ({string.Join(", ", applied)}); the schema is at version {version}");
        }

        return Task.FromResult(ExitCodes.Success);
    }
}
