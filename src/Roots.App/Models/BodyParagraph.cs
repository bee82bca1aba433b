namespace Roots.App.Models;

/// <summary>One paragraph to translate.</summary>
/// <param name="Sha256">Its key in the paragraph cache (<see cref="BodyParagraphs.Hash"/>).</param>
/// <param name="Text">Its text.</param>
/// <param name="Tokens">Its tokens in the model's tokenizer.</param>
internal sealed record BodyParagraph(string Sha256, string Text, long Tokens);
