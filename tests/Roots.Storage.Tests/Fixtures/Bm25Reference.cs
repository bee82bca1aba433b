namespace Roots.Storage.Tests.Fixtures;

/// <summary>
/// The ranking both stores must reproduce, computed independently of either: SQLite FTS5's bm25() with
/// k1 = 1.2 and b = 0.75 over two columns (title weighted, body 1). For a query term t and a document d:
/// idf(t) = ln((N − n(t) + 0.5) / (n(t) + 0.5)), or 1e-6 when that is not positive; f = titleWeight × tf(title)
/// + tf(body); D = the document's tokens in both columns; avgdl = all tokens / N;
/// score = Σ idf · f · (k1 + 1) / (f + k1 · (1 − b + b · D / avgdl)).
/// </summary>
public sealed class Bm25Reference(IReadOnlyList<(long Id, string TitleTerms, string BodyTerms)> documents)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<(long Id, string[] Title, string[] Body)> _documents =
        documents.Select(d => (d.Id, Split(d.TitleTerms), Split(d.BodyTerms))).ToList();

    /// <summary>Every document matching any term, best first (ties by id), with its score.</summary>
    public IReadOnlyList<(long Id, double Score)> Rank(IReadOnlyList<string> terms, double titleWeight)
    {
        var distinct = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        double n = _documents.Count;
        double avgdl = _documents.Sum(d => d.Title.Length + d.Body.Length) / n;
        var idf = distinct.Select(t =>
        {
            double hits = _documents.Count(d => d.Title.Contains(t) || d.Body.Contains(t));
            double value = Math.Log((n - hits + 0.5) / (hits + 0.5));
            return value <= 0 ? 1e-6 : value;
        }).ToList();

        var ranked = new List<(long, double)>();
        foreach (var (id, title, body) in _documents)
        {
            if (!distinct.Any(t => title.Contains(t) || body.Contains(t)))
            {
                continue;
            }

            double length = title.Length + body.Length, score = 0;
            for (int i = 0; i < distinct.Count; i++)
            {
                double f = (titleWeight * title.Count(x => x == distinct[i])) + body.Count(x => x == distinct[i]);
                score += idf[i] * (f * (K1 + 1)) / (f + (K1 * (1 - B + (B * length / avgdl))));
            }

            ranked.Add((id, score));
        }

        return ranked.OrderByDescending(r => r.Item2).ThenBy(r => r.Item1).ToList();
    }

    private static string[] Split(string terms) => terms.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
