namespace Roots.App.Models;

/// <summary>One line of <c>roots costs</c>: the calls of one model, operation or day, in one currency.</summary>
/// <param name="Key">The model, the operation, or the day (yyyy-MM-dd).</param>
/// <param name="Calls">Calls recorded, refused and failed ones included.</param>
/// <param name="Failed">Calls that failed or were refused.</param>
/// <param name="InputTokens">Input tokens.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CachedTokens">Cached input tokens.</param>
/// <param name="Cost">The sum of the priced calls; null when none was priced (unknown, never zero).</param>
/// <param name="Currency">Its currency, or null when no call was priced.</param>
/// <param name="Unpriced">Answered calls whose model had no price (their cost is unknown, not zero).</param>
/// <param name="Estimated">Calls whose counts are the local tokenizer's.</param>
public sealed record CostLine(
    string Key, int Calls, int Failed, long InputTokens, long OutputTokens, long CachedTokens, decimal? Cost, string? Currency, int Unpriced, int Estimated);
