namespace Roots.App.Models;

/// <summary>One day's calls of one model or operation, in one currency: a bar segment of the costs chart.</summary>
/// <param name="Day">The day (yyyy-MM-dd, local time).</param>
/// <param name="Key">The model or the operation.</param>
/// <param name="Calls">Calls recorded.</param>
/// <param name="Tokens">Input plus output tokens.</param>
/// <param name="Cost">The sum of the priced calls.</param>
/// <param name="Currency">Its currency, or null when no call was priced.</param>
public sealed record DailyCost(string Day, string Key, int Calls, long Tokens, decimal Cost, string? Currency);
