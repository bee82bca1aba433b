namespace Roots.Core.Classification;

/// <summary>
/// Multinomial logistic (softmax) regression refined by plain stochastic gradient descent on the
/// cross-entropy, from given starting weights. The visiting order is shuffled every pass by a
/// seeded <see cref="SplitMix64"/>, so the same data and seed give the same weights.
/// </summary>
internal static class SoftmaxRegression
{
    /// <summary>Refines <paramref name="weights"/> (feature-major) and <paramref name="bias"/> in place.</summary>
    public static void Train(
        double[] weights,
        double[] bias,
        IReadOnlyList<SparseVector> documents,
        int[] labels,
        int epochs,
        double learningRate,
        int seed)
    {
        int labelCount = bias.Length;
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new SplitMix64(unchecked((ulong)seed));
        var scores = new double[labelCount];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            double rate = learningRate / (1 + epoch);
            random.Shuffle(order.AsSpan());
            foreach (int d in order)
            {
                var document = documents[d];
                Scores(weights, bias, document, scores);
                Softmax(scores);
                for (int c = 0; c < labelCount; c++)
                {
                    // d(cross-entropy)/d(score_c) = p_c − [c is the true label].
                    double step = rate * (scores[c] - (c == labels[d] ? 1 : 0));
                    bias[c] -= step;
                    for (int k = 0; k < document.Indices.Length; k++)
                    {
                        weights[(document.Indices[k] * labelCount) + c] -= step * document.Values[k];
                    }
                }
            }
        }
    }

    /// <summary>Writes each label's linear score for <paramref name="document"/> into <paramref name="scores"/>.</summary>
    public static void Scores<T>(T[] weights, T[] bias, SparseVector document, Span<double> scores)
        where T : struct, System.Numerics.INumberBase<T>
    {
        int labelCount = scores.Length;
        for (int c = 0; c < labelCount; c++)
        {
            scores[c] = double.CreateTruncating(bias[c]);
        }

        for (int k = 0; k < document.Indices.Length; k++)
        {
            var row = weights.AsSpan(document.Indices[k] * labelCount, labelCount);
            double value = document.Values[k];
            for (int c = 0; c < labelCount; c++)
            {
                scores[c] += double.CreateTruncating(row[c]) * value;
            }
        }
    }

    /// <summary>Replaces scores by their softmax (numerically stable: the maximum is subtracted first).</summary>
    public static void Softmax(Span<double> scores)
    {
        double max = double.NegativeInfinity;
        foreach (double s in scores)
        {
            max = Math.Max(max, s);
        }

        double sum = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}
