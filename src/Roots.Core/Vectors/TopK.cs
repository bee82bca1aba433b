namespace Roots.Core.Vectors;

/// <summary>Keeps the <c>k</c> best (item, score) pairs seen so far in a min-heap: O(n log k) for n offers.</summary>
internal sealed class TopK
{
    private readonly PriorityQueue<long, (float Score, long NegatedId)> _heap;
    private readonly int _k;

    public TopK(int k)
    {
        _k = k;
        _heap = new PriorityQueue<long, (float, long)>(k + 1, ScoreThenLowerId.Instance);
    }

    public void Offer(long itemId, float score)
    {
        var priority = (score, -itemId);
        if (_heap.Count < _k)
        {
            _heap.Enqueue(itemId, priority);
        }
        else if (_heap.TryPeek(out _, out var worst) && ScoreThenLowerId.Instance.Compare(priority, worst) > 0)
        {
            _heap.DequeueEnqueue(itemId, priority);
        }
    }

    /// <summary>The kept pairs, best first.</summary>
    public IReadOnlyList<(long ItemId, float Score)> Ordered()
    {
        var all = _heap.UnorderedItems.Select(e => (ItemId: e.Element, e.Priority.Score)).ToList();
        all.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.ItemId.CompareTo(b.ItemId));
        return all;
    }

    private sealed class ScoreThenLowerId : IComparer<(float Score, long NegatedId)>
    {
        public static readonly ScoreThenLowerId Instance = new();

        public int Compare((float Score, long NegatedId) x, (float Score, long NegatedId) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.NegatedId.CompareTo(y.NegatedId);
    }
}
