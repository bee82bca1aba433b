using Roots.App.UseCases;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Understand;

/// <summary>
/// Decides an item's automatic labels (the taxonomy's rules, then the classifier when one is given)
/// against what the user said of it, and writes the plan: <c>roots classify</c> and the step after
/// keeping share it.
/// </summary>
internal sealed class ItemLabeler(ITagStore tags, Taxonomy taxonomy)
{
    /// <summary>Runs the rules (and <paramref name="model"/>) on one item and writes the plan unless <paramref name="dryRun"/>.</summary>
    /// <param name="id">The item.</param>
    /// <param name="subject">What the rules read of it: title, text, source, address, language.</param>
    /// <param name="model">The trained classifier, or null for rules only.</param>
    /// <param name="dryRun">Decide and report, write nothing.</param>
    /// <param name="cancellationToken">Stops the writes.</param>
    public async Task<ItemClassification> LabelAsync(long id, RuleSubject subject, LibraryClassifier? model, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var current = await tags.GetTagsAsync(id, cancellationToken).ConfigureAwait(false);
        var removed = await tags.GetRemovedTagsAsync(id, cancellationToken).ConfigureAwait(false);
        var category = await tags.GetCategoryAsync(id, cancellationToken).ConfigureAwait(false);
        var rules = taxonomy.Rules.Evaluate(subject);
        var prediction = model?.Predict(subject.Text, subject.Title);
        var plan = AutoLabeler.Plan(taxonomy, rules, prediction, current, removed.ToHashSet(StringComparer.Ordinal), category);

        if (!dryRun)
        {
            await tags.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, plan.RuleTags, cancellationToken).ConfigureAwait(false);
            await tags.SetCategoryAsync(id, plan.RuleCategory, TagOrigin.Rule, 1, cancellationToken).ConfigureAwait(false);
            if (model is not null)
            {
                await tags.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, plan.ClassifierTags, cancellationToken).ConfigureAwait(false);
                await tags.SetCategoryAsync(id, plan.ClassifierCategory?.Label, TagOrigin.Classifier, plan.ClassifierCategory?.Confidence, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        var applied = plan.RuleTags.Select(t => Decision("tag", t, TagOrigin.Rule))
            .Concat(plan.RuleCategory is { } c ? [new LabelDecision("category", c, TagOrigin.Rule.Name(), 1)] : [])
            .Concat(plan.ClassifierTags.Select(t => Decision("tag", t, TagOrigin.Classifier)))
            .Concat(plan.ClassifierCategory is { } cc ? [Decision("category", cc, TagOrigin.Classifier)] : [])
            .ToList();
        var suggested = plan.SuggestedTags.Select(t => Decision("tag", t, TagOrigin.Classifier))
            .Concat(plan.SuggestedCategory is { } sc ? [Decision("category", sc, TagOrigin.Classifier)] : [])
            .ToList();
        return new ItemClassification(id, subject.Title, applied, suggested, plan.Problems);
    }

    private static LabelDecision Decision(string kind, ScoredLabel label, TagOrigin origin) =>
        new(kind, label.Label, origin.Name(), Math.Round(label.Confidence, 4));
}
