using System.Collections.Immutable;
using Roots.App.Ingest.Stages;
using Roots.Core.Analysis;
using Roots.Ingest.Extraction;

namespace Roots.App.Ingest;

/// <summary>Collects ingest stages and freezes them into an <see cref="IngestPipeline"/>.</summary>
public sealed class IngestPipelineBuilder
{
    private readonly List<IIngestStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public IngestPipelineBuilder Add(IIngestStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>The default flow: extract, describe (kind, title, language), identify, analyse for the index.</summary>
    public static IngestPipelineBuilder CreateDefault(ChineseIndexing chinese = ChineseIndexing.WordsAndBigrams) => new IngestPipelineBuilder()
        .Add(new ExtractStage(ExtractorSet.Default))
        .Add(new DescribeStage())
        .Add(new IdentifyStage())
        .Add(new AnalyzeStage(chinese));

    /// <summary>Validates and freezes the stages.</summary>
    public IngestPipeline Build()
    {
        if (_stages.Count == 0)
        {
            throw new InvalidOperationException("an ingest pipeline needs at least one stage");
        }

        var names = _stages.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (names.Count > 0)
        {
            throw new InvalidOperationException($"stage names must be unique: {string.Join(", ", names)}");
        }

        return new IngestPipeline(_stages.ToImmutableArray());
    }
}
