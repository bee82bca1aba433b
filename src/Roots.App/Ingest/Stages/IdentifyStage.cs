using Roots.Core;
using Roots.Core.Identifiers;

namespace Roots.App.Ingest.Stages;

/// <summary>
/// Finds validated identifiers (DOI, ISSN, ORCID iD, ISBN, arXiv id, URL) in the title, the text,
/// the URL and the metadata the source carried. Only identifiers whose syntax and check digits are
/// valid are kept, so a date that looks like an ISSN never becomes one.
/// </summary>
public sealed class IdentifyStage : IIngestStage
{
    /// <inheritdoc />
    public string Name => "identify";

    /// <inheritdoc />
    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        var metadata = draft.Extracted?.Fields.Values ?? [];
        string text = string.Join('\n', [draft.Title ?? "", draft.Collected.Url ?? "", .. metadata, draft.Text]);
        return draft with { Identifiers = IdentifierExtractor.Extract(text) };
    }
}
