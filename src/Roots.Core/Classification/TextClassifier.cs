namespace Roots.Core.Classification;

/// <summary>
/// A trained text classifier: a linear model over TF-IDF features of <see cref="Analysis.TextAnalyzer"/>
/// terms, whose softmax gives each label a probability. Made by <see cref="TextClassifierTrainer"/>,
/// stored with <see cref="ToJson"/> and restored with <see cref="FromJson"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: any number of threads may call <see cref="Predict"/> at once.
/// A prediction costs one analysis of the text plus, per distinct known term, one dictionary
/// look-up and one multiply-add per label.
/// </remarks>
public sealed partial class TextClassifier
{
    private readonly string[] _labels;
    private readonly FeatureSpace _features;
    private readonly float[] _weights;
    private readonly float[] _bias;

    internal TextClassifier(string[] labels, FeatureSpace features, float[] weights, float[] bias, int titleWeight)
    {
        _labels = labels;
        _features = features;
        _weights = weights;
        _bias = bias;
        TitleWeight = titleWeight;
    }

    /// <summary>The labels this model can predict, in ordinal order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The number of features (distinct terms) the model knows.</summary>
    public int FeatureCount => _features.Count;

    /// <summary>How many times title terms count, as trained (<see cref="TextClassifierTrainerOptions.TitleWeight"/>).</summary>
    public int TitleWeight { get; }

    /// <summary>
    /// Every label with its probability for this text, most likely first (ties in label order).
    /// A text with no known term gets the model's bias alone: it starts at the labels' shares of
    /// the training examples and is refined with the weights.
    /// </summary>
    /// <param name="text">The body text; any length (cost is linear in it).</param>
    /// <param name="title">An optional title, weighted as in training.</param>
    /// <returns>One entry per label; confidences in [0, 1] that sum to 1 (up to rounding).</returns>
    public IReadOnlyList<Prediction> Predict(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PredictCounts(TermCounter.Count(text, title, TitleWeight));
    }

    /// <summary>Predicts from already counted terms (cross-validation analyses each text once).</summary>
    internal IReadOnlyList<Prediction> PredictCounts(Dictionary<string, int> counts)
    {
        var probabilities = new double[_labels.Length];
        Probabilities(counts, probabilities);
        var predictions = new Prediction[_labels.Length];
        for (int c = 0; c < predictions.Length; c++)
        {
            predictions[c] = new Prediction(_labels[c], probabilities[c]);
        }

        // A stable sort keeps equal confidences in label order.
        return predictions
            .Select((p, i) => (p, i))
            .OrderByDescending(x => x.p.Confidence).ThenBy(x => x.i)
            .Select(x => x.p)
            .ToArray();
    }

    /// <summary>The index (into <see cref="Labels"/>) of the most likely label.</summary>
    internal int PredictIndex(Dictionary<string, int> counts)
    {
        Span<double> scores = stackalloc double[_labels.Length];
        SoftmaxRegression.Scores(_weights, _bias, _features.Vectorize(counts), scores);
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private void Probabilities(Dictionary<string, int> counts, Span<double> probabilities)
    {
        SoftmaxRegression.Scores(_weights, _bias, _features.Vectorize(counts), probabilities);
        SoftmaxRegression.Softmax(probabilities);
    }
}
