namespace Roots.Core.Vectors;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): each ranked list gives an
/// item <c>weight / (k + rank)</c>, and the sums decide. It needs no score calibration between
/// BM25 and cosine similarity, which have nothing in common but their order.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>The constant from the paper; larger values flatten the advantage of the very top ranks.</summary>
    public const int DefaultK = 60;

    /// <summary>Fuses ranked lists of item ids (best first) into one, best first; ties go to the lower id.</summary>
    public static IReadOnlyList<(long ItemId, double Score)> Fuse(IReadOnlyList<(IReadOnlyList<long> Ranking, double Weight)> lists, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var scores = new Dictionary<long, double>();
        foreach (var (ranking, weight) in lists)
        {
            for (int rank = 0; rank < ranking.Count; rank++)
            {
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + (weight / (k + rank + 1));
            }
        }

        return scores.Select(p => (ItemId: p.Key, Score: p.Value))
            .OrderByDescending(p => p.Score).ThenBy(p => p.ItemId)
            .ToList();
    }
}
