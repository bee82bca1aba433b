namespace Roots.Core.Ports;

/// <summary>One ranked result.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Score">BM25 score; higher is better.</param>
public readonly record struct SearchHit(long ItemId, double Score);
