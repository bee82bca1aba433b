namespace Roots.App.UseCases;

/// <summary>What an embedding run did.</summary>
/// <param name="Items">Items given vectors.</param>
/// <param name="Chunks">Passages embedded.</param>
/// <param name="Pending">Items still waiting (more than zero after an interruption).</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="RelatedLinks">Related links stored for the items embedded.</param>
public sealed record EmbedReport(int Items, int Chunks, long Pending, TimeSpan Elapsed, int RelatedLinks)
{
    /// <summary>Passages per second.</summary>
    public double ChunksPerSecond => Elapsed.TotalSeconds > 0 ? Chunks / Elapsed.TotalSeconds : 0;
}

/// <summary>Progress of an embedding run.</summary>
/// <param name="Done">Items embedded so far.</param>
/// <param name="Total">Items to embed in this run.</param>
public readonly record struct EmbedProgress(int Done, long Total);
