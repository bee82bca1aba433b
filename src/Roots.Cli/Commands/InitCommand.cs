using Roots.App.Configuration;
using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots init [--library DIR]</c>: creates a library, or says it already exists.</summary>
public sealed class InitCommand : Command<LibrarySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LibrarySettings settings, CancellationToken cancellationToken)
    {
        string directory = LibraryLocation.Resolve(settings.Library);
        var result = App.Library.Init(directory);
        if (!result.IsSuccess)
        {
            Terminal.Error(result.Error!);
            return ExitCodes.Failure;
        }

        using var library = result.Value.Library;
        Terminal.Line(result.Value.Created ? $"created a library at {library.Directory}" : $"a library already exists at {library.Directory}");
        return ExitCodes.Success;
    }
}
