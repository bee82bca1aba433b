namespace Roots.Core.Model;

/// <summary>
/// One paragraph of an item's text in another language, as a model translated it (<c>roots translate --body</c>).
/// Kept by what was translated, not by item: the key is the target language, the SHA-256 of the paragraph and the
/// model, so an edited text re-buys only its changed paragraphs, and a paragraph two items share is bought once.
/// </summary>
/// <param name="Language">The target language (ISO 639-1: <c>zh</c>, <c>ja</c> …).</param>
/// <param name="SourceSha256">SHA-256 (lower-case hex) of the source paragraph's UTF-8 text.</param>
/// <param name="Model">The model that translated it.</param>
/// <param name="Text">The translated paragraph.</param>
/// <param name="TranslatedAt">When it was stored.</param>
public sealed record ParagraphTranslation(string Language, string SourceSha256, string Model, string Text, DateTimeOffset TranslatedAt);
