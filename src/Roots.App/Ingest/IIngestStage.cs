using Roots.Core;

namespace Roots.App.Ingest;

/// <summary>
/// One step of ingest (extract, describe, analyse …): a plain function of the draft. A stage is
/// stateless and thread-safe, and is idempotent, so a retry re-runs it without harm.
/// </summary>
public interface IIngestStage
{
    /// <summary>A short name for messages ("extract").</summary>
    string Name { get; }

    /// <summary>Returns the next draft, or a one-line reason why the document cannot go on.</summary>
    Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken);
}
