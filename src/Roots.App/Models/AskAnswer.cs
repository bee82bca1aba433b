namespace Roots.App.Models;

/// <summary>What <c>roots ask</c> found: the passages, and the model's answer citing them when a provider is configured.</summary>
/// <param name="Question">The question.</param>
/// <param name="Passages">The retrieved passages, best first.</param>
/// <param name="Answer">The answer with [n] citations, or null without a provider.</param>
/// <param name="By">Provenance of the answer (<c>model:NAME</c>), or null.</param>
/// <param name="Note">Why there is no answer (no provider, no passages), or null.</param>
public sealed record AskAnswer(string Question, IReadOnlyList<AskPassage> Passages, string? Answer, string? By, string? Note);
