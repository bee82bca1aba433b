using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <summary>The best <c>k</c> hits seen so far, by score descending then item id ascending (the SQLite order).</summary>
internal sealed class TopHits(int k)
{
    private static readonly Comparer<(double Score, long Id)> WorstFirst = Comparer<(double Score, long Id)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Id.CompareTo(a.Id));

    private readonly PriorityQueue<SearchHit, (double, long)> _heap = new(WorstFirst);

    /// <summary>True when <c>k</c> hits are held, so that <see cref="Threshold"/> means something.</summary>
    public bool IsFull => _heap.Count >= k;

    /// <summary>The k-th best score: a document scoring below it cannot enter.</summary>
    public double Threshold => _heap.TryPeek(out var worst, out _) ? worst.Score : double.NegativeInfinity;

    public void Offer(long id, double score)
    {
        if (k <= 0)
        {
            return;
        }

        if (_heap.Count < k)
        {
            _heap.Enqueue(new SearchHit(id, score), (score, id));
        }
        else if (WorstFirst.Compare((score, id), (Threshold, _heap.Peek().ItemId)) > 0)
        {
            _heap.EnqueueDequeue(new SearchHit(id, score), (score, id));
        }
    }

    /// <summary>The hits, best first.</summary>
    public List<SearchHit> Ordered() =>
        _heap.UnorderedItems.Select(e => e.Element).OrderByDescending(h => h.Score).ThenBy(h => h.ItemId).ToList();
}
