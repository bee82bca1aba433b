using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Stands for mailboxes that reach extraction whole. A mailbox is collected one item per message
/// by the file collector, which recognises it by its <c>.mbox</c> name; one recognised only by its
/// content (no or another extension) would otherwise become one huge item, so it fails with a
/// reason that says what to do. Stateless and thread-safe.
/// </summary>
public sealed class MboxExtractor : IExtractor
{
    /// <summary>The reason given for a mailbox met as one document.</summary>
    public const string WholeMailboxReason = "a mailbox (mbox) holds many messages: name it .mbox so that each message is collected as its own item";

    /// <inheritdoc />
    public bool CanExtract(string mediaType) => MediaTypeName.Is(mediaType, MediaTypes.Mbox);

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default) =>
        Result<ExtractedDocument>.Fail(request.Content.IsEmpty ? ExtractionReasons.EmptyFile : WholeMailboxReason);
}
