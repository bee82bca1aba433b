using Roots.App;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Hands the process's engine to the settings of every library command before it runs, so that
/// <see cref="LibrarySettings.OpenLibrary"/> opens the library on it. Settings are made by the parser, not
/// by the container, hence this one step instead of a constructor parameter on some sixty commands.
/// </summary>
public sealed class EngineInterceptor(RootsEngine engine) : ICommandInterceptor
{
    /// <inheritdoc />
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is LibrarySettings library)
        {
            library.Engine = engine;
        }
    }
}
