
namespace Roots.Architecture.Tests;

/// <summary>
/// The project graph of DESIGN.md: each project uses only the projects in its "may use" column, Core uses
/// no I/O library, and only the stores use the database drivers. Checked on types (fields, signatures,
/// method bodies, attributes), so a violation fails here even when the csproj reference is legitimate.
/// </summary>
public class ProjectGraphTests
{
    /// <summary>DESIGN.md's "may use" column. The hosts may also use Core: the use cases answer in Core's
    /// model (Item, Result&lt;T&gt;), and rendering it is translation, not business.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        [Src.Core] = [],
        [Src.Tokens] = [Src.Core],
        [Src.Sqlite] = [Src.Core],
        [Src.Postgres] = [Src.Core],
        [Src.Ingest] = [Src.Core],
        [Src.Models] = [Src.Core, Src.Tokens],
        [Src.Publish] = [Src.Core],
        [Src.App] = [Src.Core, Src.Tokens, Src.Sqlite, Src.Postgres, Src.Ingest, Src.Models, Src.Publish],
        [Src.Cli] = [Src.App, Src.Core],
        [Src.Web] = [Src.App, Src.Core],
    };

    /// <summary>What Core must not touch: the network, databases, processes, and the libraries that the
    /// outer projects own. Core's own packages are Lucene's analyzers and System.Numerics.Tensors; the file
    /// system is <see cref="CoreFileSystemTests"/>'s rule.</summary>
    private static readonly string[] NotForCore =
    [
        "System.Net.Http", "System.Net.Sockets", "System.Net.WebSockets", "System.Net.NetworkInformation", "System.Net.Dns",
        "System.Data", "System.Diagnostics.Process", "System.IO.Pipes", "System.IO.MemoryMappedFiles",
        "AngleSharp", "Markdig", "UglyToad.PdfPig", "MimeKit", "MailKit", "SmartReader", "UtfUnknown", "Polly", "YamlDotNet", "Fluid",
        "Ganss.Xss", "Microsoft.ML", "Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "Spectre.Console",
    ];

    /// <summary>The database drivers, each the business of its own store alone.</summary>
    private static readonly Dictionary<string, string[]> Drivers = new()
    {
        [Src.Sqlite] = ["Microsoft.Data.Sqlite", "SQLitePCL"],
        [Src.Postgres] = ["Npgsql", "NpgsqlTypes"],
    };

    /// <summary>
    /// Today's offenders (full type names), so that the rule catches new ones. Remove an entry when its
    /// type stops offending: the test fails on stale entries so that the list only shrinks.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        // Recognises PostgreSQL's "disk full" (SQLSTATE 53100) by its exception type; the store should say it.
        [Src.App] = ["Roots.App.Ingest.DiskFull"],
        // The CLI renders Models', Publish's and Tokens' own types, and `roots serve` starts Roots.Web in process.
        [Src.Cli] =
        [
            "Roots.Cli.Commands.DoctorCommand", "Roots.Cli.Commands.ExportCommand", "Roots.Cli.Commands.PublishCommand",
            "Roots.Cli.Commands.QuickstartCommand", "Roots.Cli.Commands.ServeCommand", "Roots.Cli.Commands.StatusCommand",
            "Roots.Cli.Commands.TokensCommand", "Roots.Cli.Infrastructure.CommandRunner", "Roots.Cli.Rendering.ModelsJson",
            "Roots.Cli.Rendering.PublishJson", "Roots.Cli.Rendering.TokenReportRenderer",
        ],
        // The web host renders Tokens' Money and Models' doctor findings.
        [Src.Web] = ["Roots.Web.Api.EstimateJson", "Roots.Web.Api.ToolsApi", "Roots.Web.Pages.CostsPage"],
    };

    [Theory]
    [MemberData(nameof(Src.AllData), MemberType = typeof(Src))]
    public void Project_UsesOnlyWhatDesignAllows(string project)
    {
        var forbidden = Forbidden(project);
        var allowed = Allowed.GetValueOrDefault(project, []).ToHashSet(StringComparer.Ordinal);

        var found = Dependencies.Find(Src.FileOf(project), forbidden);

        var offenders = Offenders.Except(found, allowed);
        Assert.True(offenders.Count == 0, Offenders.Message(
            $"{project} uses what DESIGN.md does not allow it ({string.Join(", ", forbidden)}):", offenders));
        var stale = allowed.Except(found.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, Offenders.Message(
            $"{project}: these allow-listed types no longer offend; remove them from {nameof(Allowed)}:", stale));
    }

    private static string[] Forbidden(string project) =>
    [
        .. Src.All.Where(other => other != project && !MayUse[project].Contains(other)),
        .. Drivers.Where(d => d.Key != project).SelectMany(d => d.Value),
        .. project == Src.Core ? NotForCore : [],
    ];
}
