using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>One tag of the taxonomy as written.</summary>
public sealed class TaxonomyTagSettings
{
    /// <summary>The canonical name.</summary>
    [YamlMember(Alias = "name")]
    public string? Name { get; set; }

    /// <summary>Other spellings that mean this tag.</summary>
    [YamlMember(Alias = "synonyms")]
    public List<string> Synonyms { get; set; } = [];
}
