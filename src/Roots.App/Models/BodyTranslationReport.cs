namespace Roots.App.Models;

/// <summary>What <c>roots translate --body</c> did: the title, summary and keywords as <c>roots translate</c>, then the full texts.</summary>
/// <param name="Fields">The titles, summaries and keywords (see <see cref="TranslationReport"/>).</param>
/// <param name="Bodies">The texts, item by item, language by language.</param>
/// <param name="Failures">Answers for a text that could not be used; the next run asks again for those paragraphs.</param>
/// <param name="StoppedBecause">The one-line reason the batch ended early (a budget, a failing provider), or null.</param>
public sealed record BodyTranslationReport(
    TranslationReport Fields, IReadOnlyList<BodyTranslationOutcome> Bodies, IReadOnlyList<TranslationFailure> Failures, string? StoppedBecause);
