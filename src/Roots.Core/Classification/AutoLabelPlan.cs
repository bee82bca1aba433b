namespace Roots.Core.Classification;

/// <summary>What rules and the classifier should set on one item, decided by <see cref="AutoLabeler.Plan"/>.</summary>
/// <param name="RuleTags">Tags rules set (confidence 1).</param>
/// <param name="RuleCategory">The category a rule sets, or null (which clears an earlier rule category).</param>
/// <param name="ClassifierTags">Tags the classifier sets, at or above min_confidence.</param>
/// <param name="ClassifierCategory">The category the classifier sets, or null (which clears an earlier classifier category).</param>
/// <param name="SuggestedTags">Classifier tags below min_confidence: shown, not applied.</param>
/// <param name="SuggestedCategory">A classifier category below min_confidence: shown, not applied.</param>
/// <param name="Problems">Rules that could not be decided.</param>
public sealed record AutoLabelPlan(
    IReadOnlyList<ScoredLabel> RuleTags,
    string? RuleCategory,
    IReadOnlyList<ScoredLabel> ClassifierTags,
    ScoredLabel? ClassifierCategory,
    IReadOnlyList<ScoredLabel> SuggestedTags,
    ScoredLabel? SuggestedCategory,
    IReadOnlyList<string> Problems);
