using Roots.App.UseCases;

namespace Roots.App.Find;

/// <summary>What one line of a batch file gave: the query's results and how long it took, or why the line was skipped.</summary>
/// <param name="Line">The line number in the file (1-based).</param>
/// <param name="Query">The query, or null for a line that is not one.</param>
/// <param name="Results">The ranked results (empty for a skipped line).</param>
/// <param name="Milliseconds">The search's own time, without reading the file.</param>
/// <param name="Problem">Why the line was skipped, or null.</param>
public sealed record BatchAnswer(long Line, BatchQuery? Query, IReadOnlyList<SearchResult> Results, double Milliseconds, string? Problem);
