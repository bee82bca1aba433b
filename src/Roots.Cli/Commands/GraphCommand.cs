using System.ComponentModel;
using Roots.App.Connect;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots graph --format json|graphml|dot</c>: the link graph (mentions, related, near-duplicates) on stdout.</summary>
public sealed class GraphCommand : LibraryCommand<GraphCommand.Settings>
{
    /// <summary>Options of <c>roots graph</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("json (nodes and links), graphml (Gephi, yEd, Cytoscape) or dot (Graphviz). Default: json.")]
        public string Format { get; init; } = "json";

        /// <summary>Include items without links.</summary>
        [CommandOption("--all")]
        [Description("Include items that have no links.")]
        public bool All { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            GraphWriter.Formats.Contains(Format) ? ValidationResult.Success() : ValidationResult.Error("--format must be json, graphml or dot");
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var graph = await library.Graph.GraphAsync(settings.All, cancellationToken).ConfigureAwait(false);
        using var stdout = Terminal.OpenResults();
        GraphWriter.Write(graph, settings.Format, stdout);
        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        Terminal.Err.WriteLine($"{graph.Nodes.Count} items, {graph.Links.Count} links");
        return ExitCodes.Success;
    }
}
