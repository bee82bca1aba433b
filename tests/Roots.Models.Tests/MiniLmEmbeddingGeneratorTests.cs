using Microsoft.Extensions.AI;
using Roots.Models.Embeddings;

namespace Roots.Models.Tests;

public sealed class MiniLmEmbeddingGeneratorTests : IClassFixture<MiniLmEmbeddingGeneratorTests.Model>
{
    private readonly MiniLmEmbeddingGenerator _generator;

    public MiniLmEmbeddingGeneratorTests(Model model) => _generator = model.Generator;

    public sealed class Model : IDisposable
    {
        public MiniLmEmbeddingGenerator Generator { get; } = new();

        public void Dispose() => Generator.Dispose();
    }

    [Fact]
    public async Task Generate_GivesUnitVectorsOf384Dimensions()
    {
        var embeddings = await _generator.GenerateAsync(["Tea grows on hills.", "", "数字图书馆"]);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e =>
        {
            Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, e.Vector.Length);
            Assert.Equal(MiniLmEmbeddingGenerator.ModelId, e.ModelId);
        });
        float norm = MathF.Sqrt(embeddings[0].Vector.ToArray().Sum(x => x * x));
        Assert.Equal(1f, norm, 2);
    }

    [Fact]
    public async Task Generate_SimilarMeaning_IsCloserThanUnrelated()
    {
        var e = await _generator.GenerateAsync([
            "How do libraries preserve websites for the future?",
            "Web archiving keeps copies of web pages for later generations.",
            "The recipe needs two eggs and a cup of flour."]);

        float Cos(int a, int b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(e[a].Vector.Span, e[b].Vector.Span);
        Assert.True(Cos(0, 1) > Cos(0, 2) + 0.2f, $"related {Cos(0, 1)}, unrelated {Cos(0, 2)}");
    }

    [Fact]
    public async Task Generate_ManyInputs_AreBatchedAndKeepTheirOrder()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"sentence number {i} about topic {i % 3}").ToArray();

        var all = await _generator.GenerateAsync(texts);
        var one = await _generator.GenerateAsync([texts[37]]);

        Assert.Equal(40, all.Count);
        Assert.Equal(one[0].Vector.ToArray(), all[37].Vector.ToArray(), new ToleranceComparer(1e-4f));
    }

    [Fact]
    public async Task Generate_HugeInput_IsTruncatedNotRefused()
    {
        var embeddings = await _generator.GenerateAsync([string.Concat(Enumerable.Repeat("word ", 20_000))]);

        Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, embeddings[0].Vector.Length);
    }

    [Fact]
    public void Metadata_NamesTheModel()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal(MiniLmEmbeddingGenerator.ModelId, metadata?.DefaultModelId);
        Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, metadata?.DefaultModelDimensions);
    }

    private sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
