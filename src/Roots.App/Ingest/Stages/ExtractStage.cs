using Roots.Core;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.App.Ingest.Stages;

/// <summary>Sniffs the media type and extracts text and metadata; records that carry their text skip extraction.</summary>
public sealed class ExtractStage(ExtractorSet extractors) : IIngestStage
{
    /// <inheritdoc />
    public string Name => "extract";

    /// <inheritdoc />
    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        var collected = draft.Collected;
        if (collected.Text is not null)
        {
            return draft with { MediaType = collected.MediaType ?? MediaTypes.PlainText, Text = collected.Text };
        }

        string mediaType;
        if (collected.MediaType is { } declared)
        {
            mediaType = declared;
        }
        else
        {
            var sniffed = MediaTypeSniffer.Sniff(collected.FileName, collected.Content.Span);
            if (!sniffed.IsSuccess)
            {
                return Result<DocumentDraft>.Fail(sniffed.Error!);
            }

            mediaType = sniffed.Value;
        }

        var extracted = extractors.Extract(new ExtractionRequest(collected.Content, mediaType, collected.FileName), cancellationToken);
        if (!extracted.IsSuccess)
        {
            return Result<DocumentDraft>.Fail(extracted.Error!);
        }

        return draft with { MediaType = mediaType, Extracted = extracted.Value, Text = extracted.Value.Text };
    }
}
