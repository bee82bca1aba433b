namespace Roots.Core.Classification;

/// <summary>The taxonomy as the user wrote it (the <c>taxonomy:</c> section of <c>roots.yaml</c>), before <see cref="Taxonomy.Create"/> checks it.</summary>
public sealed record TaxonomyDefinition
{
    /// <summary>When false (default), rules and the classifier only set tags and categories the taxonomy names, so tags never sprawl.</summary>
    public bool AllowNewTags { get; init; }

    /// <summary>Classifier suggestions at or above this confidence are applied; lower ones are shown, not applied. Default 0.6; range [0, 1].</summary>
    public double MinConfidence { get; init; } = Taxonomy.DefaultMinConfidence;

    /// <summary>The categories an item may be put in (one per item).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The tags, with their synonyms.</summary>
    public IReadOnlyList<TaxonomyTag> Tags { get; init; } = [];

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<TagRuleDefinition> Rules { get; init; } = [];
}
