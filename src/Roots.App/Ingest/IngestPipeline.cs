using System.Collections.Immutable;
using Roots.Core;
using Roots.Core.Model;

namespace Roots.App.Ingest;

/// <summary>
/// The frozen sequence of ingest stages from a collected document to one ready to keep.
/// Built once by <see cref="IngestPipelineBuilder"/> and shared: it is immutable and thread-safe.
/// </summary>
public sealed class IngestPipeline
{
    private readonly ImmutableArray<Func<AfterKeepContext, IAfterKeepStage>> _afterKeep;

    internal IngestPipeline(ImmutableArray<IIngestStage> stages, ImmutableArray<Func<AfterKeepContext, IAfterKeepStage>> afterKeep)
    {
        Stages = stages;
        _afterKeep = afterKeep;
    }

    /// <summary>The stages before keeping, in order.</summary>
    public ImmutableArray<IIngestStage> Stages { get; }

    /// <summary>The steps after keeping, created over one unit of work's store.</summary>
    public AfterKeepPipeline AfterKeepFor(AfterKeepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AfterKeepPipeline([.. _afterKeep.Select(create => create(context))], context.Store);
    }

    /// <summary>Runs every stage; the first failure stops the document with that stage's reason.</summary>
    public Result<DocumentDraft> Process(CollectedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var draft = new DocumentDraft { Collected = document };
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = stage.Process(draft, cancellationToken);
            if (!next.IsSuccess)
            {
                return next;
            }

            draft = next.Value;
        }

        return draft;
    }
}
