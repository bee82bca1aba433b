namespace Roots.Core.Classification;

/// <summary>The taxonomy's rules, evaluated together on an item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TagRuleSet
{
    private readonly TagRule[] _rules;

    /// <summary>Creates a set from compiled rules, kept in file order.</summary>
    public TagRuleSet(IEnumerable<TagRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToArray();
    }

    /// <summary>No rules.</summary>
    public static TagRuleSet Empty { get; } = new([]);

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<TagRule> Rules => _rules;

    /// <summary>Runs every rule on <paramref name="subject"/>; a first category rule that matches wins.</summary>
    public RuleOutcome Evaluate(RuleSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_rules.Length == 0)
        {
            return RuleOutcome.None;
        }

        var tags = new List<string>();
        var problems = new List<string>();
        string? category = null;
        foreach (var rule in _rules)
        {
            if (rule.Tag is { } tag && tags.Contains(tag, StringComparer.Ordinal))
            {
                continue;
            }

            if (rule.Category is not null && category is not null)
            {
                continue;
            }

            switch (rule.Evaluate(subject))
            {
                case RuleMatch.Yes when rule.Tag is not null:
                    tags.Add(rule.Tag);
                    break;
                case RuleMatch.Yes:
                    category = rule.Category;
                    break;
                case RuleMatch.TimedOut:
                    problems.Add($"{rule.Description}: regex timed out; the rule was skipped for this item");
                    break;
            }
        }

        return tags.Count == 0 && category is null && problems.Count == 0 ? RuleOutcome.None : new RuleOutcome(tags, category, problems);
    }
}
