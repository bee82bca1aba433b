namespace Roots.Core.Classification;

/// <summary>
/// Decides an item's automatic labels from what the rules and the classifier say and what the user
/// already decided. The order of authority is user, then rule, then classifier: a rule never
/// touches a user's tag, the classifier never touches a user's or a rule's, and neither ever
/// proposes a tag the user removed from this item. The classifier may only use labels the taxonomy
/// allows, and applies only what it is sure of (<see cref="Taxonomy.MinConfidence"/>).
/// </summary>
/// <remarks>Pure and thread-safe; the store enforces the same order again when it writes.</remarks>
public static class AutoLabeler
{
    /// <summary>Classifier suggestions below this are not shown at all: with one model per tag, most tags score near zero.</summary>
    public const double SuggestionFloor = 0.2;

    /// <summary>Suggestions shown per item at most.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>Plans one item's automatic labels.</summary>
    /// <param name="taxonomy">The vocabulary and threshold.</param>
    /// <param name="rules">What the rules said.</param>
    /// <param name="prediction">What the classifier said; null when there is no classifier (at ingest, or before training).</param>
    /// <param name="tags">The item's current tags.</param>
    /// <param name="removed">Tags the user removed from the item.</param>
    /// <param name="category">The item's current category.</param>
    public static AutoLabelPlan Plan(
        Taxonomy taxonomy, RuleOutcome rules, LibraryPrediction? prediction, IReadOnlyList<ItemTag> tags, IReadOnlyCollection<string> removed, ItemCategory? category)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(removed);
        var userTags = tags.Where(t => t.Origin == TagOrigin.User).Select(t => t.Tag).ToHashSet(StringComparer.Ordinal);
        var ruleTags = rules.Tags.Where(t => !removed.Contains(t) && !userTags.Contains(t)).Select(t => new ScoredLabel(t, 1)).ToList();
        string? ruleCategory = category?.Origin == TagOrigin.User ? null : rules.Category;

        var classifierTags = new List<ScoredLabel>();
        var suggestions = new List<ScoredLabel>();
        ScoredLabel? classifierCategory = null, suggestedCategory = null;
        if (prediction is not null)
        {
            var taken = userTags.Concat(ruleTags.Select(t => t.Label)).Concat(removed).ToHashSet(StringComparer.Ordinal);
            foreach (var (label, confidence) in prediction.Tags)
            {
                string tag = taxonomy.CanonicalTag(label);
                if (!taxonomy.AllowsTag(tag) || !taken.Add(tag))
                {
                    continue;
                }

                if (confidence >= taxonomy.MinConfidence)
                {
                    classifierTags.Add(new ScoredLabel(tag, confidence));
                }
                else if (confidence >= Math.Min(SuggestionFloor, taxonomy.MinConfidence) && suggestions.Count < MaxSuggestions)
                {
                    suggestions.Add(new ScoredLabel(tag, confidence));
                }
            }

            bool categoryIsDecided = ruleCategory is not null || category?.Origin is TagOrigin.User or TagOrigin.Rule;
            if (!categoryIsDecided && prediction.Category is { } predicted && taxonomy.AllowsCategory(Taxonomy.CanonicalCategory(predicted.Label)))
            {
                var scored = new ScoredLabel(Taxonomy.CanonicalCategory(predicted.Label), predicted.Confidence);
                if (scored.Confidence >= taxonomy.MinConfidence)
                {
                    classifierCategory = scored;
                }
                else if (scored.Confidence >= Math.Min(SuggestionFloor, taxonomy.MinConfidence))
                {
                    suggestedCategory = scored;
                }
            }
        }

        return new AutoLabelPlan(ruleTags, ruleCategory, classifierTags, classifierCategory, suggestions, suggestedCategory, rules.Problems);
    }
}
