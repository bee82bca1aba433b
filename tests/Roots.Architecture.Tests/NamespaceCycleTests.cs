namespace Roots.Architecture.Tests;

/// <summary>
/// No namespace cycles inside a project: the namespaces right below a project's root (and the root itself)
/// depend on one another in one direction only, so that each can be read, moved or split without the others.
/// </summary>
public class NamespaceCycleTests
{
    /// <summary>
    /// Today's cycles, each broken by the dependencies named here (the ones that point the wrong way), so
    /// that the rule catches new cycles. The test fails when an entry no longer closes a cycle: remove it.
    /// </summary>
    private static readonly Dictionary<string, (string From, string To)[]> Allowed = new()
    {
        [Src.App] = [],
        [Src.Models] =
        [
            // Metering scrubs secrets with Providers' SecretScrubber; Resilience classifies Providers' ProviderCallException.
            ("Roots.Models.Metering", "Roots.Models.Providers"),
            ("Roots.Models.Resilience", "Roots.Models.Providers"),
        ],
        [Src.Cli] =
        [
            // CommandCatalog and RootsCommands (the registration) live in Infrastructure but list the commands;
            // AfterCollect (Infrastructure) draws Rendering's EmbedProgressBar.
            ("Roots.Cli.Infrastructure", "Roots.Cli.Commands"),
            ("Roots.Cli.Infrastructure", "Roots.Cli.Rendering"),
        ],
        [Src.Web] =
        [
            // ServeOptions and Problems sit in the root namespace beside RootsServer, which wires every other namespace.
            ("Roots.Web.Api", "Roots.Web"),
            ("Roots.Web.Hosting", "Roots.Web"),
            ("Roots.Web.Pages", "Roots.Web"),
            ("Roots.Web.Security", "Roots.Web"),
        ],
    };

    private static readonly string TestAssembly = Path.GetFileName(typeof(NamespaceCycleTests).Assembly.Location);

    [Theory]
    [MemberData(nameof(Src.AllData), MemberType = typeof(Src))]
    public void Project_HasNoNamespaceCycles(string project)
    {
        var graph = NamespaceGraph.Of(Src.FileOf(project), project);
        var allowed = Allowed.GetValueOrDefault(project, []);

        var cycles = graph.Cycles(allowed);
        Assert.True(cycles.Count == 0, Offenders.Message(
            $"{project} has namespace cycles; the dependencies in each:", cycles.SelectMany(c => Describe(graph, c).Append(""))));
        var stale = allowed.Where(e => !graph.IsOnCycle(e)).Select(e => $"{e.From} -> {e.To}").ToList();
        Assert.True(stale.Count == 0, Offenders.Message(
            $"{project}: these allow-listed dependencies no longer close a cycle; remove them from {nameof(Allowed)}:", stale));
    }

    [Fact]
    public void CycleRule_SeesTheFixtureCycle()
    {
        const string root = "Roots.Architecture.Tests.Fixtures.Cycle";
        var graph = NamespaceGraph.Of(TestAssembly, root);

        var cycle = Assert.Single(graph.Cycles([]));
        Assert.Equal([(root + ".Left", root + ".Right"), (root + ".Right", root + ".Left")], cycle);
        Assert.Empty(graph.Cycles([(root + ".Right", root + ".Left")]));
    }

    private static IEnumerable<string> Describe(NamespaceGraph graph, IReadOnlyList<(string From, string To)> cycle) =>
        cycle.SelectMany(e => graph.Edges[e].Select(user => $"{e.From} -> {e.To}: {user}"));
}
