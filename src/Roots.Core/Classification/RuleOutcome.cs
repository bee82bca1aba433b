namespace Roots.Core.Classification;

/// <summary>What the taxonomy's rules say about one item.</summary>
/// <param name="Tags">The canonical tags of every matching tag rule, each once, in rule order.</param>
/// <param name="Category">The category of the first matching category rule, if any.</param>
/// <param name="Problems">Rules that could not be decided (a regex timed out), one line each.</param>
public sealed record RuleOutcome(IReadOnlyList<string> Tags, string? Category, IReadOnlyList<string> Problems)
{
    /// <summary>Nothing matched.</summary>
    public static RuleOutcome None { get; } = new([], null, []);
}
