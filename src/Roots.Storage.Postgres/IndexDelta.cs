namespace Roots.Storage.Postgres;

/// <summary>
/// How one transaction changes the search statistics: documents, tokens and per-term document
/// frequencies, summed in memory and written once at the end, in sorted term order.
/// </summary>
internal sealed class IndexDelta
{
    public Dictionary<string, long> Frequencies { get; } = new(StringComparer.Ordinal);

    public long Documents { get; private set; }

    public long Tokens { get; private set; }

    /// <summary>Counts a document in (<paramref name="sign"/> = 1) or out (-1).</summary>
    public void Add(IReadOnlyList<string> terms, int length, int sign)
    {
        Documents += sign;
        Tokens += sign * (long)length;
        foreach (string term in terms)
        {
            Frequencies[term] = Frequencies.GetValueOrDefault(term) + sign;
        }
    }

    /// <summary>The changed terms and their changes, in ordinal order (the lock order every writer uses).</summary>
    public (string[] Terms, long[] Changes) Sorted()
    {
        var changed = Frequencies.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        return (changed.Select(p => p.Key).ToArray(), changed.Select(p => p.Value).ToArray());
    }
}
