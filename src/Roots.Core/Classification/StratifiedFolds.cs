namespace Roots.Core.Classification;

/// <summary>
/// Splits examples into folds so that each label is spread evenly: its examples are shuffled
/// (seeded <see cref="SplitMix64"/>) and dealt round-robin, the dealing continuing from label to
/// label. Each label's count per fold then differs by at most one between folds, and so does
/// each fold's size.
/// </summary>
internal static class StratifiedFolds
{
    /// <summary>The fold (0 to <paramref name="folds"/> − 1) of each example.</summary>
    /// <param name="labels">The label of each example.</param>
    /// <param name="folds">How many folds.</param>
    /// <param name="seed">Seeds the shuffle.</param>
    public static int[] Assign(IReadOnlyList<string> labels, int folds, int seed)
    {
        var random = new SplitMix64(unchecked((ulong)seed));
        var assignment = new int[labels.Count];
        int next = 0;
        var groups = Enumerable.Range(0, labels.Count)
            .GroupBy(i => labels[i], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            int[] members = group.ToArray();
            random.Shuffle(members.AsSpan());
            foreach (int i in members)
            {
                assignment[i] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }
}
