using Roots.Core;
using Roots.Core.Classification;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// The <c>taxonomy:</c> section of <c>roots.yaml</c>: categories, tags with synonyms, rules, and
/// how automatic tagging behaves. Read as written; <see cref="Compile"/> checks it and builds the
/// <see cref="Taxonomy"/> the use cases apply.
/// </summary>
public sealed class TaxonomySettings
{
    private Taxonomy? _compiled;

    /// <summary>When false (default), rules and the classifier only set tags and categories listed here.</summary>
    [YamlMember(Alias = "allow_new_tags")]
    public bool AllowNewTags { get; set; }

    /// <summary>Classifier suggestions below this confidence are shown, not applied (default 0.6).</summary>
    [YamlMember(Alias = "min_confidence")]
    public double MinConfidence { get; set; } = Taxonomy.DefaultMinConfidence;

    /// <summary>The categories (one per item).</summary>
    [YamlMember(Alias = "categories")]
    public List<string> Categories { get; set; } = [];

    /// <summary>The tags automatic tagging may use, with their synonyms.</summary>
    [YamlMember(Alias = "tags")]
    public List<TaxonomyTagSettings> Tags { get; set; } = [];

    /// <summary>Rules that tag or categorise items at ingest and on <c>roots classify</c>.</summary>
    [YamlMember(Alias = "rules")]
    public List<TagRuleSettings> Rules { get; set; } = [];

    /// <summary>The checked taxonomy; <see cref="Taxonomy.Empty"/> until <see cref="Compile"/> succeeded.</summary>
    [YamlIgnore]
    public Taxonomy Compiled => _compiled ?? Taxonomy.Empty;

    /// <summary>Checks the section and keeps the result in <see cref="Compiled"/>; a one-line reason on failure.</summary>
    public Result<Taxonomy> Compile()
    {
        var result = Taxonomy.Create(new TaxonomyDefinition
        {
            AllowNewTags = AllowNewTags,
            MinConfidence = MinConfidence,
            Categories = Categories ?? [],
            Tags = (Tags ?? []).Select(t => new TaxonomyTag(t.Name ?? "", t.Synonyms ?? [])).ToList(),
            Rules = (Rules ?? []).Select(r => r.ToDefinition()).ToList(),
        });
        _compiled = result.IsSuccess ? result.Value : null;
        return result;
    }
}
