using Roots.Core.Model;

namespace Roots.Core.Classification;

/// <summary>
/// The library's vocabulary: the categories and tags automatic tagging may use, the synonyms that
/// make "AI", "人工智能" and "artificial intelligence" one tag, the rules, and how sure the
/// classifier must be before its suggestion is applied.
/// </summary>
/// <remarks>Immutable and thread-safe; built once per library from <c>roots.yaml</c>.</remarks>
public sealed class Taxonomy
{
    /// <summary>The default of <see cref="MinConfidence"/>.</summary>
    public const double DefaultMinConfidence = 0.6;

    private readonly HashSet<string> _categories;

    private Taxonomy(bool allowNewTags, double minConfidence, string[] categories, string[] tags, SynonymResolver synonyms, TagRuleSet rules)
    {
        AllowNewTags = allowNewTags;
        MinConfidence = minConfidence;
        Categories = categories;
        Tags = tags;
        _categories = new HashSet<string>(categories, StringComparer.Ordinal);
        Synonyms = synonyms;
        Rules = rules;
    }

    /// <summary>No vocabulary, no rules: only user tags, normalised.</summary>
    public static Taxonomy Empty { get; } = new(false, DefaultMinConfidence, [], [], SynonymResolver.Empty, TagRuleSet.Empty);

    /// <summary>See <see cref="TaxonomyDefinition.AllowNewTags"/>.</summary>
    public bool AllowNewTags { get; }

    /// <summary>See <see cref="TaxonomyDefinition.MinConfidence"/>.</summary>
    public double MinConfidence { get; }

    /// <summary>The categories, normalised, in file order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The canonical tag names, in file order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Maps every spelling to its canonical tag.</summary>
    public SynonymResolver Synonyms { get; }

    /// <summary>The rules.</summary>
    public TagRuleSet Rules { get; }

    /// <summary>Checks a definition and builds the taxonomy.</summary>
    /// <param name="definition">What the user wrote.</param>
    /// <param name="regexTimeout">Rules' regex match timeout; <see cref="TagRule.DefaultRegexTimeout"/> when null.</param>
    /// <returns>The taxonomy, or a one-line reason (a synonym claimed by two tags, a rule with a bad regex, a rule setting a tag outside the taxonomy …).</returns>
    public static Result<Taxonomy> Create(TaxonomyDefinition definition, TimeSpan? regexTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.MinConfidence is < 0 or > 1 || double.IsNaN(definition.MinConfidence))
        {
            return Result<Taxonomy>.Fail("min_confidence must be between 0 and 1");
        }

        var synonyms = SynonymResolver.Create(definition.Tags ?? []);
        if (!synonyms.IsSuccess)
        {
            return Result<Taxonomy>.Fail(synonyms.Error!);
        }

        string[] categories = (definition.Categories ?? []).Select(c => TagName.Normalize(c ?? "")).ToArray();
        if (categories.Any(c => c.Length == 0))
        {
            return Result<Taxonomy>.Fail("a category has an empty name");
        }

        string[] tags = (definition.Tags ?? []).Select(t => TagName.Normalize(t.Name ?? "")).Distinct(StringComparer.Ordinal).ToArray();
        var rules = new List<TagRule>();
        var ruleDefinitions = definition.Rules ?? [];
        for (int i = 0; i < ruleDefinitions.Count; i++)
        {
            var rule = TagRule.Create(ruleDefinitions[i], i + 1, synonyms.Value, regexTimeout);
            if (!rule.IsSuccess)
            {
                return Result<Taxonomy>.Fail(rule.Error!);
            }

            // A rule is the user's own wording, but auto tags still come only from the vocabulary:
            // a misspelt rule tag would otherwise start the sprawl the taxonomy exists to stop.
            if (!definition.AllowNewTags && rule.Value.Tag is { } tag && !synonyms.Value.IsKnown(tag))
            {
                return Result<Taxonomy>.Fail($"{rule.Value.Description}: '{tag}' is not in taxonomy.tags (add it, or set allow_new_tags: true)");
            }

            if (!definition.AllowNewTags && rule.Value.Category is { } category && !categories.Contains(category, StringComparer.Ordinal))
            {
                return Result<Taxonomy>.Fail($"{rule.Value.Description}: '{category}' is not in taxonomy.categories (add it, or set allow_new_tags: true)");
            }

            rules.Add(rule.Value);
        }

        return new Taxonomy(definition.AllowNewTags, definition.MinConfidence, categories.Distinct(StringComparer.Ordinal).ToArray(), tags,
            synonyms.Value, new TagRuleSet(rules));
    }

    /// <summary>The canonical name of a tag (synonyms resolved, normalised); empty when blank.</summary>
    public string CanonicalTag(string tag) => Synonyms.Resolve(tag);

    /// <summary>The normalised name of a category.</summary>
    public static string CanonicalCategory(string category) => TagName.Normalize(category);

    /// <summary>True when automatic tagging may set <paramref name="tag"/> (canonical): it is in the taxonomy, or new tags are allowed.</summary>
    public bool AllowsTag(string tag) => AllowNewTags || Synonyms.IsKnown(tag);

    /// <summary>True when automatic classification may set <paramref name="category"/> (normalised).</summary>
    public bool AllowsCategory(string category) => AllowNewTags || _categories.Contains(category);
}
