namespace Roots.Core.Classification;

/// <summary>Accuracy, per-label precision/recall/F1 and macro-F1 from a confusion matrix (scikit-learn's definitions, 0 for 0/0).</summary>
internal static class ClassificationMetrics
{
    /// <summary>Computes the metrics of <paramref name="confusion"/> (row = true, column = predicted).</summary>
    public static (double Accuracy, double MacroF1, LabelMetrics[] PerLabel) Compute(IReadOnlyList<string> labels, int[,] confusion)
    {
        int n = labels.Count;
        int total = 0;
        int correct = 0;
        var perLabel = new LabelMetrics[n];
        for (int c = 0; c < n; c++)
        {
            int support = 0;
            int predicted = 0;
            for (int k = 0; k < n; k++)
            {
                support += confusion[c, k];
                predicted += confusion[k, c];
            }

            int truePositives = confusion[c, c];
            double precision = Ratio(truePositives, predicted);
            double recall = Ratio(truePositives, support);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel[c] = new LabelMetrics(labels[c], precision, recall, f1, support);
            total += support;
            correct += truePositives;
        }

        return (Ratio(correct, total), n == 0 ? 0 : perLabel.Average(m => m.F1), perLabel);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
