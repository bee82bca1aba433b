namespace Roots.Core.Classification;

/// <summary>
/// The vocabulary of a model and how a document's term counts become a vector: sublinear term
/// frequency times smoothed inverse document frequency, <c>(1 + ln tf) · (ln((N + 1) / (df + 1)) + 1)</c>,
/// scaled to unit length so that long and short documents weigh the same. Terms outside the
/// vocabulary are ignored.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class FeatureSpace
{
    private readonly Dictionary<string, int> _index;

    public FeatureSpace(string[] terms, float[] idf)
    {
        Terms = terms;
        Idf = idf;
        _index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < terms.Length; i++)
        {
            _index.Add(terms[i], i);
        }
    }

    /// <summary>The features' terms, in ordinal order.</summary>
    public string[] Terms { get; }

    /// <summary>Inverse document frequency of each feature.</summary>
    public float[] Idf { get; }

    /// <summary>The number of features.</summary>
    public int Count => Terms.Length;

    /// <summary>Chooses the vocabulary from training documents' term counts.</summary>
    public static FeatureSpace Build(IReadOnlyList<Dictionary<string, int>> documents, int minDocumentFrequency, int maxFeatures)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (string term in document.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var kept = df.Where(pair => pair.Value >= minDocumentFrequency)
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(maxFeatures)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToArray();
        double n = documents.Count;
        var idf = kept.Select(pair => (float)Math.Round(Math.Log((n + 1) / (pair.Value + 1.0)) + 1, 4)).ToArray();
        return new FeatureSpace(kept.Select(pair => pair.Key).ToArray(), idf);
    }

    /// <summary>The unit-length TF-IDF vector of a document's term counts.</summary>
    public SparseVector Vectorize(Dictionary<string, int> counts)
    {
        var indices = new List<int>(counts.Count);
        var values = new List<double>(counts.Count);
        double norm = 0;
        foreach (var (term, count) in counts)
        {
            if (count > 0 && _index.TryGetValue(term, out int feature))
            {
                double value = (1 + Math.Log(count)) * Idf[feature];
                indices.Add(feature);
                values.Add(value);
                norm += value * value;
            }
        }

        if (indices.Count == 0)
        {
            return SparseVector.Empty;
        }

        var result = values.ToArray();
        double scale = 1 / Math.Sqrt(norm);
        for (int i = 0; i < result.Length; i++)
        {
            result[i] *= scale;
        }

        return new SparseVector(indices.ToArray(), result);
    }
}
