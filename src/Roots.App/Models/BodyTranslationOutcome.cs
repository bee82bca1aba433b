namespace Roots.App.Models;

/// <summary>One item's text in one language after <c>roots translate --body</c>.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Language">The target language.</param>
/// <param name="Paragraphs">Distinct paragraphs of its text (its first language version's, for a bilingual file).</param>
/// <param name="Cached">Paragraphs whose translation by this model was already stored, costing nothing.</param>
/// <param name="Bought">Paragraphs translated by this run.</param>
/// <param name="By">Provenance: <c>model:NAME</c>.</param>
public sealed record BodyTranslationOutcome(long ItemId, string Language, int Paragraphs, int Cached, int Bought, string By)
{
    /// <summary>Whether every paragraph now has a translation: only then does the published page show the translated text.</summary>
    public bool Complete => Cached + Bought == Paragraphs;
}
