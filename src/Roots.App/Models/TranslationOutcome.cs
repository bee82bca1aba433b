namespace Roots.App.Models;

/// <summary>One item in one language after <c>roots translate</c>.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Language">The target language.</param>
/// <param name="Title">The translated title.</param>
/// <param name="Summary">The translated summary.</param>
/// <param name="Keywords">The translated keywords.</param>
/// <param name="By">Provenance: <c>model:NAME</c>.</param>
/// <param name="SourceSha256">SHA-256 of the source text it translates.</param>
/// <param name="Cached">True when a translation of the same source was already stored, costing nothing.</param>
public sealed record TranslationOutcome(
    long ItemId, string Language, string Title, string Summary, IReadOnlyList<string> Keywords, string By, string SourceSha256, bool Cached);
