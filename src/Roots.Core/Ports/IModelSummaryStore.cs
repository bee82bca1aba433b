namespace Roots.Core.Ports;

/// <summary>
/// Summaries written by a language model, keyed by the item and the SHA-256 of the text summarised,
/// so that a paid summary is never bought twice for the same text and goes stale when the text changes.
/// </summary>
/// <remarks>Same threading as <see cref="IItemStore"/>.</remarks>
public interface IModelSummaryStore
{
    /// <summary>The summary <paramref name="model"/> wrote for the item's text with this SHA-256, or null.</summary>
    ValueTask<string?> GetModelSummaryAsync(long itemId, string sha256, string model, CancellationToken cancellationToken = default);

    /// <summary>The newest summary any model wrote for the item's text with this SHA-256, with the model's name, or null.</summary>
    ValueTask<(string Model, string Summary)?> LatestModelSummaryAsync(long itemId, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Keeps a model's summary of the item's text with this SHA-256 (replacing an earlier one of the same text and model).</summary>
    ValueTask SaveModelSummaryAsync(long itemId, string sha256, string model, string summary, CancellationToken cancellationToken = default);
}
