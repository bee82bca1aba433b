namespace Roots.Publish.Metadata;

/// <summary>A piece of text in one language: a title, an abstract or a keyword.</summary>
/// <param name="Language">The BCP 47 language tag (<c>zh</c>, <c>en</c>, <c>zh-Hant</c>); empty when unknown.</param>
/// <param name="Text">The text itself.</param>
public sealed record LocalizedText(string Language, string Text);
