using System.ComponentModel;
using Roots.App;
using Roots.App.Configuration;
using Roots.Core;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>Options every command that works on a library takes.</summary>
public class LibrarySettings : CommandSettings
{
    /// <summary>The library directory.</summary>
    [CommandOption("--library <DIR>")]
    [Description("The library directory (default: $ROOTS_LIBRARY, else $XDG_DATA_HOME/roots).")]
    public string? Library { get; init; }

    /// <summary>Print one JSON document instead of text.</summary>
    [CommandOption("--json")]
    [Description("Print one JSON document instead of text.")]
    public bool Json { get; init; }

    /// <summary>The process's engine, handed over by <see cref="EngineInterceptor"/> before the command runs.</summary>
    internal RootsEngine? Engine { get; set; }

    /// <summary>Opens the library these settings name, on the process's engine (a private one when run without it).</summary>
    public Result<Library> OpenLibrary()
    {
        string directory = LibraryLocation.Resolve(Library, Engine?.Variable);
        return Engine is { } engine ? engine.Open(directory) : App.Library.Open(directory);
    }
}
