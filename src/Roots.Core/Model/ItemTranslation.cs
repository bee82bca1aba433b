namespace Roots.Core.Model;

/// <summary>
/// An item's title, summary and keywords in another language, as a model translated them. Kept per item and
/// language with the SHA-256 of what was translated, so an unchanged source is never bought twice and a
/// changed one shows the translation as stale instead of silently publishing an old text.
/// </summary>
/// <param name="ItemId">The item.</param>
/// <param name="Language">The target language (ISO 639-1: <c>zh</c>, <c>en</c> …).</param>
/// <param name="Title">The translated title.</param>
/// <param name="Summary">The translated summary (abstract); empty when the item had none.</param>
/// <param name="Keywords">The translated keywords, in the source's order.</param>
/// <param name="SourceSha256">SHA-256 (lower-case hex) of the source text that was translated.</param>
/// <param name="By">Provenance: <c>model:NAME</c>.</param>
/// <param name="TranslatedAt">When it was stored.</param>
public sealed record ItemTranslation(
    long ItemId, string Language, string Title, string Summary, IReadOnlyList<string> Keywords, string SourceSha256, string By, DateTimeOffset TranslatedAt);
