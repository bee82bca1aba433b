using System.Reflection;

namespace Roots.Architecture.Tests;

/// <summary>The src projects under test, read from the assemblies this test project references.</summary>
internal static class Src
{
    public const string Core = "Roots.Core";
    public const string Tokens = "Roots.Tokens";
    public const string Sqlite = "Roots.Storage.Sqlite";
    public const string Postgres = "Roots.Storage.Postgres";
    public const string Ingest = "Roots.Ingest";
    public const string Models = "Roots.Models";
    public const string Publish = "Roots.Publish";
    public const string App = "Roots.App";
    public const string Cli = "Roots.Cli";
    public const string Web = "Roots.Web";

    /// <summary>Every src project, in the order of DESIGN.md's table. Each project's root namespace is its name.</summary>
    public static readonly IReadOnlyList<string> All = [Core, Tokens, Sqlite, Postgres, Ingest, Models, Publish, App, Cli, Web];

    /// <summary>Every src project as xUnit theory data.</summary>
    public static TheoryData<string> AllData => [.. All];

    /// <summary>The project's assembly for reflection.</summary>
    public static Assembly AssemblyOf(string project) =>
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, FileOf(project)));

    /// <summary>The project's assembly file, beside the tests. The CLI's is named after the command it builds.</summary>
    public static string FileOf(string project) => project == Cli ? "roots.dll" : project + ".dll";
}
