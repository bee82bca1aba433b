using Roots.Core.Extraction;
using Roots.Core.Model;

namespace Roots.App.Ingest;

/// <summary>A document on its way through the ingest stages; each stage returns a new draft.</summary>
public sealed record DocumentDraft
{
    /// <summary>What the source collected.</summary>
    public required CollectedDocument Collected { get; init; }

    /// <summary>The media type, once known.</summary>
    public string? MediaType { get; init; }

    /// <summary>What extraction found, once extracted.</summary>
    public ExtractedDocument? Extracted { get; init; }

    /// <summary>The readable text.</summary>
    public string Text { get; init; } = "";

    /// <summary>The item kind (markdown, text, html, pdf, note, record).</summary>
    public string? Kind { get; init; }

    /// <summary>The title, once decided.</summary>
    public string? Title { get; init; }

    /// <summary>The language, once decided.</summary>
    public string? Language { get; init; }

    /// <summary>Validated identifiers, once found.</summary>
    public IReadOnlyList<Core.Identifiers.Identifier> Identifiers { get; init; } = [];

    /// <summary>Analysed title terms, space-separated.</summary>
    public string? TitleTerms { get; init; }

    /// <summary>Analysed body terms, space-separated.</summary>
    public string? BodyTerms { get; init; }

    /// <summary>The text's SimHash (0 for a text without words), once analysed; kept for near-duplicate search.</summary>
    public ulong? TextSimHash { get; init; }

    /// <summary>What the text says of itself (byline, dateline, the author's abstract and keywords, a second language version), as fields; see <see cref="Stages.StatementsStage"/>.</summary>
    public IReadOnlyDictionary<string, string>? Statements { get; init; }
}
