using System.Collections.Immutable;

namespace Roots.App.Ingest;

/// <summary>Collects ingest stages and freezes them into an <see cref="IngestPipeline"/>.</summary>
public sealed class IngestPipelineBuilder
{
    private readonly List<IIngestStage> _stages = [];
    private readonly List<Func<AfterKeepContext, IAfterKeepStage>> _afterKeep = [];

    /// <summary>Appends a stage.</summary>
    public IngestPipelineBuilder Add(IIngestStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Appends a step after keeping, created per unit of work by <paramref name="create"/>.</summary>
    public IngestPipelineBuilder AddAfterKeep(Func<AfterKeepContext, IAfterKeepStage> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _afterKeep.Add(create);
        return this;
    }

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

        return new IngestPipeline(_stages.ToImmutableArray(), _afterKeep.ToImmutableArray());
    }
}
