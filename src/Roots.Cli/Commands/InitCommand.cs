using Roots.App;
using System.ComponentModel;
using Roots.App.Configuration;
using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots init [--library DIR] [--store postgres://user@host/db]</c>: creates a library, or says it already exists.</summary>
/// <param name="engine">The process's engine, which opens the libraries.</param>
public sealed class InitCommand(RootsEngine engine) : Command<InitCommand.Settings>
{
    /// <summary>Options of <c>roots init</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Where the data lives.</summary>
        [CommandOption("--store <URL>")]
        [Description("Keep the data in PostgreSQL: postgres://user@host[[:port]]/database (the password from PGPASSWORD or ~/.pgpass). Default: roots.db in the folder.")]
        public string? Store { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string directory = LibraryLocation.Resolve(settings.Library, engine.Variable);
        var result = engine.Init(directory, settings.Store);
        if (!result.IsSuccess)
        {
            Terminal.Error(result.Error!);
            return ExitCodes.Failure;
        }

        using var library = result.Value.Library;
        string where = library.StoreName == "sqlite" ? "" : $" (store: {library.StoreName})";
        Terminal.Line(Printable.Line(result.Value.Created ? $"created a library at {library.Directory}{where}" : $"a library already exists at {library.Directory}{where}"));
        return ExitCodes.Success;
    }
}
