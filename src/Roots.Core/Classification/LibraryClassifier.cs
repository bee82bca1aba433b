namespace Roots.Core.Classification;

/// <summary>
/// A library's learned classifier: one multi-class model for the category (an item has one) and
/// one binary model per tag (an item has any number: one-vs-rest), all over the same
/// <see cref="TermCounter"/> features, so a text is analysed once however many tags there are.
/// </summary>
/// <remarks>
/// Why one-vs-rest for tags: each tag gets its own probability, independent of how many other
/// tags an item has, so one threshold (<see cref="Taxonomy.MinConfidence"/>) means the same for
/// every tag. A single softmax over tags would split the probability of an item that deserves two
/// tags between them, and neither would pass the threshold. Immutable and thread-safe.
/// </remarks>
public sealed partial class LibraryClassifier
{
    /// <summary>The label of the positive side of a tag's binary model.</summary>
    internal const string Positive = "yes";

    /// <summary>The label of the negative side of a tag's binary model.</summary>
    internal const string Negative = "no";

    private readonly TextClassifier? _category;
    private readonly KeyValuePair<string, TextClassifier>[] _tags;

    internal LibraryClassifier(TextClassifier? category, IEnumerable<KeyValuePair<string, TextClassifier>> tags, DateTimeOffset trainedAt, int itemCount)
    {
        _category = category;
        _tags = tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        TrainedAt = trainedAt;
        ItemCount = itemCount;
        TitleWeight = _category?.TitleWeight ?? (_tags.Length > 0 ? _tags[0].Value.TitleWeight : TextClassifierTrainerOptions.Default.TitleWeight);
    }

    /// <summary>When it was trained.</summary>
    public DateTimeOffset TrainedAt { get; }

    /// <summary>How many labelled items it was trained on.</summary>
    public int ItemCount { get; }

    /// <summary>The categories the category model predicts; empty when there is none.</summary>
    public IReadOnlyList<string> Categories => _category?.Labels ?? [];

    /// <summary>The tags that have a model.</summary>
    public IReadOnlyList<string> Tags => _tags.Select(t => t.Key).ToArray();

    /// <summary>True when there is nothing to predict.</summary>
    public bool IsEmpty => _category is null && _tags.Length == 0;

    private int TitleWeight { get; }

    /// <summary>Predicts the category and every tag's probability for a text.</summary>
    public LibraryPrediction Predict(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = TermCounter.Count(text, title, TitleWeight);
        Prediction? category = _category?.PredictCounts(counts)[0];
        var tags = new Prediction[_tags.Length];
        for (int i = 0; i < _tags.Length; i++)
        {
            tags[i] = new Prediction(_tags[i].Key, PositiveConfidence(_tags[i].Value, counts));
        }

        return new LibraryPrediction(category, tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Label, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The probability a binary tag model gives its positive side.</summary>
    internal static double PositiveConfidence(TextClassifier model, Dictionary<string, int> counts)
    {
        foreach (var prediction in model.PredictCounts(counts))
        {
            if (prediction.Label == Positive)
            {
                return prediction.Confidence;
            }
        }

        return 0;
    }
}
