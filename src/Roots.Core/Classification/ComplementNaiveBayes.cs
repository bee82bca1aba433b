namespace Roots.Core.Classification;

/// <summary>
/// Complement naive Bayes weights (Rennie, Shih, Teevan and Karger, 2003) on TF-IDF vectors: a
/// label's weight for a term is minus the log-probability of the term in all the <em>other</em>
/// labels' texts. Estimating from the complement uses more data per label than ordinary
/// multinomial naive Bayes, which matters when labels are few-shot or unbalanced.
/// </summary>
internal static class ComplementNaiveBayes
{
    /// <summary>
    /// Weights, feature-major (<c>[feature × labelCount + label]</c>), multiplied by
    /// <paramref name="scale"/> and centred per feature (softmax ignores a shift shared by all labels).
    /// </summary>
    public static double[] Weights(
        IReadOnlyList<SparseVector> documents, int[] labels, int labelCount, int featureCount, double smoothing, double scale)
    {
        var perLabel = new double[featureCount * labelCount];
        var all = new double[featureCount];
        var labelTotal = new double[labelCount];
        double total = 0;
        for (int d = 0; d < documents.Count; d++)
        {
            var (indices, values) = documents[d];
            int label = labels[d];
            for (int k = 0; k < indices.Length; k++)
            {
                perLabel[(indices[k] * labelCount) + label] += values[k];
                all[indices[k]] += values[k];
                labelTotal[label] += values[k];
                total += values[k];
            }
        }

        var weights = new double[perLabel.Length];
        for (int f = 0; f < featureCount; f++)
        {
            double mean = 0;
            for (int c = 0; c < labelCount; c++)
            {
                double complement = all[f] - perLabel[(f * labelCount) + c];
                double complementTotal = total - labelTotal[c];
                double w = -scale * Math.Log((complement + smoothing) / (complementTotal + (smoothing * featureCount)));
                weights[(f * labelCount) + c] = w;
                mean += w;
            }

            mean /= labelCount;
            for (int c = 0; c < labelCount; c++)
            {
                weights[(f * labelCount) + c] -= mean;
            }
        }

        return weights;
    }
}
