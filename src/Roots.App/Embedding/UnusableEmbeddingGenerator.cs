using Microsoft.Extensions.AI;

namespace Roots.App.Embedding;

/// <summary>
/// The embedder of a configured embedding provider that cannot be called (its kind does not own its base URL's
/// host, its key is missing): every call fails with the one-line reason, and nothing is sent anywhere.
/// </summary>
/// <remarks>
/// Thrown as <see cref="HttpRequestException"/> because that is how a failing embedding provider already reaches
/// the command line and the web API (one line, exit 1), never as a stack trace. Thread-safe.
/// </remarks>
internal sealed class UnusableEmbeddingGenerator(string reason, string model) : IEmbeddingGenerator<string, Embedding<float>>
{
    // The configured model's name, so pending counts and stored vectors stay those of the configured model.
    private readonly EmbeddingGeneratorMetadata _metadata = new("unusable", null, model);

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<GeneratedEmbeddings<Embedding<float>>>(new HttpRequestException(reason));

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Holds nothing.
    }
}
