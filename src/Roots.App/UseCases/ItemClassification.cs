namespace Roots.App.UseCases;

/// <summary>The automatic labels of one item.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Applied">Tags and categories set by a rule or the classifier (kind "tag" or "category").</param>
/// <param name="Suggested">Classifier suggestions below min_confidence: shown, not applied.</param>
/// <param name="Problems">Rules that could not be decided (a regex timed out).</param>
public sealed record ItemClassification(
    long ItemId, string Title, IReadOnlyList<LabelDecision> Applied, IReadOnlyList<LabelDecision> Suggested, IReadOnlyList<string> Problems);
