namespace Roots.App.Models;

/// <summary>What <c>roots summarize</c> did: the summaries made, and why it stopped early if it did.</summary>
/// <param name="Summaries">The summaries, in the order asked.</param>
/// <param name="StoppedBecause">The one-line reason the batch ended early (a budget, a failing provider), or null.</param>
public sealed record SummaryReport(IReadOnlyList<SummaryOutcome> Summaries, string? StoppedBecause);
