namespace Roots.Core.Classification;

/// <summary>
/// Trains a <see cref="LibraryClassifier"/> from the items a user labelled: the user's own
/// decisions are the training data. Categories get one softmax model; each tag gets a binary
/// (tag / not tag) model trained on the items that carry any user tag, since an item the user
/// tagged without <c>ai</c> is evidence against <c>ai</c> while an untagged item is no evidence.
/// Only labels the taxonomy allows get a model, so the classifier can never introduce a tag the
/// user did not ask for.
/// </summary>
/// <remarks>Deterministic (same items, same order, same options: same model and figures). Thread-safe: keeps no state between calls.</remarks>
public sealed class LibraryClassifierTrainer(LibraryClassifierOptions? options = null)
{
    private readonly LibraryClassifierOptions _options = options ?? LibraryClassifierOptions.Default;
    private readonly TextClassifierTrainer _trainer = new((options ?? LibraryClassifierOptions.Default).Model);

    /// <summary>Trains on <paramref name="items"/>, stamping the model with <paramref name="trainedAt"/>.</summary>
    /// <param name="items">Labelled items: canonical tag and category names.</param>
    /// <param name="taxonomy">Decides which labels may get a model.</param>
    /// <param name="trainedAt">The training time to record (the caller's clock).</param>
    public LibraryTraining Train(IReadOnlyList<LabelledItem> items, Taxonomy taxonomy, DateTimeOffset trainedAt)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var counts = items.Select(i => TermCounter.Count(i.Text ?? "", i.Title, _options.Model.TitleWeight)).ToArray();
        var labels = new List<LabelCount>();

        var categoryItems = Enumerable.Range(0, items.Count).Where(i => items[i].Category is not null).ToArray();
        var categoryLabels = TrainableCategories(items, categoryItems, taxonomy, labels);
        categoryItems = categoryItems.Where(i => categoryLabels.Contains(items[i].Category!)).ToArray();
        TextClassifier? category = categoryLabels.Count >= 2 ? TrainCategory(items, counts, categoryItems) : null;

        var tagItems = Enumerable.Range(0, items.Count).Where(i => items[i].Tags.Count > 0).ToArray();
        var tagLabels = TrainableTags(items, tagItems, taxonomy, labels);
        var tagModels = tagLabels.Select(tag => new KeyValuePair<string, TextClassifier>(tag, TrainTag(items, counts, tagItems, tag))).ToList();

        var classifier = new LibraryClassifier(category, tagModels, trainedAt, items.Count);
        double? categoryAccuracy = category is null ? null : CategoryCrossValidation(items, counts, categoryItems);
        var (tagAccuracy, tagF1) = tagModels.Count == 0 ? (null, null) : TagCrossValidation(items, counts, tagItems, tagLabels);
        return new LibraryTraining(classifier, items.Count, labels, categoryAccuracy, tagAccuracy, tagF1);
    }

    private HashSet<string> TrainableCategories(IReadOnlyList<LabelledItem> items, int[] members, Taxonomy taxonomy, List<LabelCount> report)
    {
        var trainable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in members.GroupBy(i => items[i].Category!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            bool trained = group.Count() >= _options.MinExamples && taxonomy.AllowsCategory(group.Key);
            if (trained)
            {
                trainable.Add(group.Key);
            }

            report.Add(new LabelCount("category", group.Key, group.Count(), trained));
        }

        // One category alone cannot be told apart from anything.
        if (trainable.Count < 2)
        {
            for (int i = 0; i < report.Count; i++)
            {
                report[i] = report[i] with { Trained = false };
            }

            trainable.Clear();
        }

        return trainable;
    }

    private List<string> TrainableTags(IReadOnlyList<LabelledItem> items, int[] members, Taxonomy taxonomy, List<LabelCount> report)
    {
        var groups = members.SelectMany(i => items[i].Tags.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (Tag: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Tag, StringComparer.Ordinal)
            .ToList();
        var trainable = new List<string>();
        foreach (var (tag, count) in groups)
        {
            bool trained = count >= _options.MinExamples && members.Length - count >= _options.MinExamples
                && taxonomy.AllowsTag(tag) && trainable.Count < _options.MaxTagModels;
            if (trained)
            {
                trainable.Add(tag);
            }

            report.Add(new LabelCount("tag", tag, count, trained));
        }

        return trainable;
    }

    private TextClassifier TrainCategory(IReadOnlyList<LabelledItem> items, Dictionary<string, int>[] counts, int[] members) =>
        _trainer.TrainCounted(members.Select(i => items[i].Category!).ToArray(), members.Select(i => counts[i]).ToArray());

    private TextClassifier TrainTag(IReadOnlyList<LabelledItem> items, Dictionary<string, int>[] counts, int[] members, string tag) =>
        _trainer.TrainCounted(
            members.Select(i => items[i].Tags.Contains(tag, StringComparer.Ordinal) ? LibraryClassifier.Positive : LibraryClassifier.Negative).ToArray(),
            members.Select(i => counts[i]).ToArray());

    private double? CategoryCrossValidation(IReadOnlyList<LabelledItem> items, Dictionary<string, int>[] counts, int[] members)
    {
        members = Sample(members);
        var labels = members.Select(i => items[i].Category!).ToArray();
        int folds = Math.Min(_options.Folds, labels.GroupBy(l => l, StringComparer.Ordinal).Min(g => g.Count()));
        if (members.Length < _options.MinItemsForCrossValidation || folds < 2)
        {
            return null;
        }

        int[] fold = StratifiedFolds.Assign(labels, folds, _options.Seed);
        int correct = 0;
        for (int f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, members.Length).Where(k => fold[k] != f).ToArray();
            var model = _trainer.TrainCounted(train.Select(k => labels[k]).ToArray(), train.Select(k => counts[members[k]]).ToArray());
            for (int k = 0; k < members.Length; k++)
            {
                if (fold[k] == f && model.Labels[model.PredictIndex(counts[members[k]])] == labels[k])
                {
                    correct++;
                }
            }
        }

        return (double)correct / members.Length;
    }

    private (double? Accuracy, double? MicroF1) TagCrossValidation(
        IReadOnlyList<LabelledItem> items, Dictionary<string, int>[] counts, int[] members, List<string> tags)
    {
        members = Sample(members);
        if (members.Length < _options.MinItemsForCrossValidation)
        {
            return (null, null);
        }

        int folds = Math.Min(_options.Folds, members.Length);
        int topRight = 0, topJudged = 0, truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (int f = 0; f < folds; f++)
        {
            var train = members.Where((_, k) => k % folds != f).ToArray();
            var test = members.Where((_, k) => k % folds == f).ToArray();
            var models = tags
                .Where(tag => train.Any(i => Has(items[i], tag)) && train.Any(i => !Has(items[i], tag)))
                .Select(tag => (Tag: tag, Model: TrainTag(items, counts, train, tag)))
                .ToArray();
            foreach (int i in test)
            {
                var scored = models.Select(m => (m.Tag, Confidence: LibraryClassifier.PositiveConfidence(m.Model, counts[i]))).ToArray();
                foreach (var (tag, confidence) in scored)
                {
                    bool actual = Has(items[i], tag), predicted = confidence >= _options.Threshold;
                    truePositives += actual && predicted ? 1 : 0;
                    falsePositives += !actual && predicted ? 1 : 0;
                    falseNegatives += actual && !predicted ? 1 : 0;
                }

                if (scored.Length > 0 && scored.Any(s => Has(items[i], s.Tag)))
                {
                    topJudged++;
                    topRight += Has(items[i], scored.MaxBy(s => s.Confidence).Tag) ? 1 : 0;
                }
            }
        }

        double? accuracy = topJudged == 0 ? null : (double)topRight / topJudged;
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return (accuracy, denominator == 0 ? null : 2.0 * truePositives / denominator);
    }

    /// <summary>A deterministic shuffle of <paramref name="members"/>, cut to the cross-validation limit.</summary>
    private int[] Sample(int[] members)
    {
        var shuffled = members.ToArray();
        new SplitMix64(unchecked((ulong)_options.Seed)).Shuffle(shuffled.AsSpan());
        return shuffled.Length > _options.MaxCrossValidationItems ? shuffled[.._options.MaxCrossValidationItems] : shuffled;
    }

    private static bool Has(LabelledItem item, string tag) => item.Tags.Contains(tag, StringComparer.Ordinal);
}
