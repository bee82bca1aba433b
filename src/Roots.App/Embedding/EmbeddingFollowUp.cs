using Roots.App.UseCases;

namespace Roots.App.Embedding;

/// <summary>What followed a collection for the new items' vectors (<see cref="Embeddings.EmbedAfterCollectAsync"/>).</summary>
/// <param name="Way">Whether they were embedded here, in the background, or not at all.</param>
/// <param name="NewItems">How many items the collection added or updated.</param>
/// <param name="Inline">The inline run's report, when <see cref="EmbeddingWay.Inline"/> ran to the end.</param>
/// <param name="Problem">Why the background run could not start, when it could not.</param>
public sealed record EmbeddingFollowUp(EmbeddingWay Way, int NewItems, EmbedReport? Inline = null, string? Problem = null);

/// <summary>How new items get their vectors after a collection (<c>embeddings.mode</c>, or <c>ROOTS_EMBED</c>).</summary>
public enum EmbeddingWay
{
    /// <summary>Nothing to embed, embedding is off, or the user interrupted the collection.</summary>
    None,

    /// <summary>Embedded in this process before the command ended (or interrupted while waiting: <c>roots embed</c> catches up).</summary>
    Inline,

    /// <summary>A detached <c>roots embed</c> was started; search is lexical for the new items until it finishes.</summary>
    Background,

    /// <summary>The background run could not be started: <see cref="EmbeddingFollowUp.Problem"/> says why, when the host knows.</summary>
    NotStarted,
}
