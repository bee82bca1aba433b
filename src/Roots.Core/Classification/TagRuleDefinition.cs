namespace Roots.Core.Classification;

/// <summary>
/// A rule as the user wrote it in <c>roots.yaml</c>, before it is checked and compiled by
/// <see cref="TagRule.Create"/>. Every condition given must hold; among keywords, any one is enough.
/// </summary>
public sealed record TagRuleDefinition
{
    /// <summary>The tag the rule sets (any spelling; synonyms resolve). Exactly one of this and <see cref="Category"/>.</summary>
    public string? Tag { get; init; }

    /// <summary>The category the rule sets. Exactly one of this and <see cref="Tag"/>.</summary>
    public string? Category { get; init; }

    /// <summary>Words or phrases, any of which in the title or text matches (see <see cref="KeywordMatcher"/>).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>A .NET regular expression over title and text; runs with a match timeout.</summary>
    public string? Regex { get; init; }

    /// <summary>A glob over the item's source or URL (<c>feed:*arxiv*</c>, <c>*/papers/*</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The item's language (BCP 47 primary subtag: <c>en</c>, <c>zh</c>).</summary>
    public string? Language { get; init; }
}
