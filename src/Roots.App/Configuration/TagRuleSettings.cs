using Roots.Core.Classification;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>One rule as written (see <see cref="TagRuleDefinition"/>).</summary>
public sealed class TagRuleSettings
{
    /// <summary>The tag the rule sets.</summary>
    [YamlMember(Alias = "tag")]
    public string? Tag { get; set; }

    /// <summary>The category the rule sets.</summary>
    [YamlMember(Alias = "category")]
    public string? Category { get; set; }

    /// <summary>Any of these in title or text.</summary>
    [YamlMember(Alias = "keywords")]
    public List<string> Keywords { get; set; } = [];

    /// <summary>A regular expression over title and text.</summary>
    [YamlMember(Alias = "regex")]
    public string? Regex { get; set; }

    /// <summary>A glob over source or URL.</summary>
    [YamlMember(Alias = "source")]
    public string? Source { get; set; }

    /// <summary>The item's language.</summary>
    [YamlMember(Alias = "lang")]
    public string? Lang { get; set; }

    /// <summary>The core definition.</summary>
    public TagRuleDefinition ToDefinition() => new()
    {
        Tag = Tag,
        Category = Category,
        Keywords = Keywords ?? [],
        Regex = Regex,
        Source = Source,
        Language = Lang,
    };
}
