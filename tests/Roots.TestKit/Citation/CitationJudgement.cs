namespace Roots.TestKit.Citation;

/// <summary>What the citation-js judge read: the records (at least one) and any warnings it logged while reading them.</summary>
/// <param name="Records">The records, in input order.</param>
/// <param name="Warnings">
/// What citation-js complained about without failing (an unbalanced brace, a field whose value is
/// not valid CSL and was dropped), one line each; empty for a clean read.
/// </param>
public sealed record CitationJudgement(IReadOnlyList<CitationRecord> Records, IReadOnlyList<string> Warnings)
{
    /// <summary>The only record; throws when there is not exactly one.</summary>
    public CitationRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"citation-js read {Records.Count} records where one was expected");
}
