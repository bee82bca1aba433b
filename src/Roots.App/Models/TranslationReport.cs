namespace Roots.App.Models;

/// <summary>What <c>roots translate</c> did.</summary>
/// <param name="Translations">Translations made or found stored, item by item, language by language.</param>
/// <param name="Failures">Answers that could not be used; the next run asks again.</param>
/// <param name="StoppedBecause">The one-line reason the batch ended early (a budget, a failing provider), or null.</param>
public sealed record TranslationReport(IReadOnlyList<TranslationOutcome> Translations, IReadOnlyList<TranslationFailure> Failures, string? StoppedBecause);
