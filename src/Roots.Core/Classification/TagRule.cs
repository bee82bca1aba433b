using System.Text.RegularExpressions;
using Roots.Core.Model;

namespace Roots.Core.Classification;

/// <summary>
/// A checked, compiled taxonomy rule: when every condition it has holds for an item, the item gets
/// its tag (or category) with origin <see cref="TagOrigin.Rule"/> and confidence 1.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TagRule
{
    /// <summary>How long a rule's regex may run on one item (default 100 ms); past it the rule does not match and the timeout is reported.</summary>
    public static readonly TimeSpan DefaultRegexTimeout = TimeSpan.FromMilliseconds(100);

    private readonly KeywordMatcher _keywords;
    private readonly Regex? _regex;
    private readonly GlobPattern? _source;
    private readonly string? _language;

    private TagRule(string? tag, string? category, KeywordMatcher keywords, Regex? regex, GlobPattern? source, string? language, string description)
    {
        Tag = tag;
        Category = category;
        _keywords = keywords;
        _regex = regex;
        _source = source;
        _language = language;
        Description = description;
    }

    /// <summary>The canonical tag the rule sets, or null for a category rule.</summary>
    public string? Tag { get; }

    /// <summary>The category the rule sets, or null for a tag rule.</summary>
    public string? Category { get; }

    /// <summary>"rule 2 (tag ai)", for messages.</summary>
    public string Description { get; }

    /// <summary>Checks and compiles a rule.</summary>
    /// <param name="definition">The rule as written.</param>
    /// <param name="number">Its 1-based position in the file, for messages.</param>
    /// <param name="synonyms">Resolves the rule's tag to its canonical name.</param>
    /// <param name="regexTimeout">The regex match timeout; <see cref="DefaultRegexTimeout"/> when null.</param>
    /// <returns>The rule, or a one-line reason naming it.</returns>
    public static Result<TagRule> Create(TagRuleDefinition definition, int number, SynonymResolver synonyms, TimeSpan? regexTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(synonyms);
        string? tag = string.IsNullOrWhiteSpace(definition.Tag) ? null : synonyms.Resolve(definition.Tag);
        string? category = string.IsNullOrWhiteSpace(definition.Category) ? null : TagName.Normalize(definition.Category);
        string name = tag is not null ? $"rule {number} (tag {tag})" : $"rule {number} (category {category})";
        if ((tag is null) == (category is null))
        {
            return Result<TagRule>.Fail($"rule {number}: give exactly one of tag and category");
        }

        var keywords = KeywordMatcher.Create(definition.Keywords ?? []);
        if (!keywords.IsSuccess)
        {
            return Result<TagRule>.Fail($"{name}: {keywords.Error}");
        }

        Regex? regex = null;
        if (!string.IsNullOrEmpty(definition.Regex))
        {
            try
            {
                regex = new Regex(definition.Regex, RegexOptions.CultureInvariant, regexTimeout ?? DefaultRegexTimeout);
            }
            catch (ArgumentException e)
            {
                return Result<TagRule>.Fail($"{name}: bad regex: {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        var source = string.IsNullOrWhiteSpace(definition.Source) ? null : new GlobPattern(definition.Source.Trim());
        string? language = string.IsNullOrWhiteSpace(definition.Language) ? null : definition.Language.Trim().ToLowerInvariant();
        if (keywords.Value.IsEmpty && regex is null && source is null && language is null)
        {
            return Result<TagRule>.Fail($"{name}: give at least one of keywords, regex, source and lang");
        }

        return new TagRule(tag, category, keywords.Value, regex, source, language, name);
    }

    /// <summary>Tests the rule on <paramref name="subject"/>; cheap conditions first.</summary>
    /// <returns>Whether it matched; <see cref="RuleMatch.TimedOut"/> when the regex ran out of time (then it did not match).</returns>
    public RuleMatch Evaluate(RuleSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_language is not null && !string.Equals(_language, subject.Language, StringComparison.OrdinalIgnoreCase))
        {
            return RuleMatch.No;
        }

        if (_source is not null && !_source.Matches(subject.Source) && !_source.Matches(subject.Url))
        {
            return RuleMatch.No;
        }

        if (!_keywords.IsEmpty && !_keywords.Matches(subject))
        {
            return RuleMatch.No;
        }

        if (_regex is null)
        {
            return RuleMatch.Yes;
        }

        try
        {
            return _regex.IsMatch(subject.FullText) ? RuleMatch.Yes : RuleMatch.No;
        }
        catch (RegexMatchTimeoutException)
        {
            return RuleMatch.TimedOut;
        }
    }
}

/// <summary>What testing one rule on one item gave.</summary>
public enum RuleMatch
{
    /// <summary>A condition did not hold.</summary>
    No,

    /// <summary>Every condition held.</summary>
    Yes,

    /// <summary>The regex ran past its timeout (a pattern that backtracks badly on this text); counted as no match.</summary>
    TimedOut,
}
