using Roots.App.Configuration;
using Roots.Core.Model;

namespace Roots.Web.Api;

// JSON shapes of the organise, feeds and jobs endpoints (openapi.json describes them).

/// <summary>Merge tag <c>from</c> into tag <c>into</c>.</summary>
internal sealed record TagMergeJson(string? From, string? Into);

/// <summary>One tag edit for many items.</summary>
internal sealed record BulkTagJson(IReadOnlyList<string>? Items, IReadOnlyList<string>? Add, IReadOnlyList<string>? Remove);

/// <summary>Items to classify (none: every item without a user tag or category), and whether to write nothing.</summary>
internal sealed record ClassifyJson(IReadOnlyList<string>? Items, bool? DryRun);

/// <summary>A tag of the taxonomy and its synonyms.</summary>
internal sealed record TaxonomyTagJson(string Name, IReadOnlyList<string> Synonyms);

/// <summary>A new taxonomy: its categories and its tags with their synonyms (rules and settings stay as they are).</summary>
internal sealed record TaxonomyEditJson(IReadOnlyList<string>? Categories, IReadOnlyList<TaxonomyTagEditJson>? Tags);

/// <summary>A tag of an edited taxonomy.</summary>
internal sealed record TaxonomyTagEditJson(string? Name, IReadOnlyList<string>? Synonyms);

/// <summary>What the <c>taxonomy:</c> section of roots.yaml declares.</summary>
internal sealed record TaxonomyJson(IReadOnlyList<string> Categories, IReadOnlyList<TaxonomyTagJson> Tags, int Rules, bool AllowNewTags, double MinConfidence)
{
    public static TaxonomyJson Of(TaxonomySettings settings) => new(
        settings.Categories ?? [],
        (settings.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Name)).Select(t => new TaxonomyTagJson(t.Name!, t.Synonyms ?? [])).ToList(),
        settings.Rules?.Count ?? 0,
        settings.AllowNewTags,
        settings.MinConfidence);
}

/// <summary>A feed to subscribe to: how often it is due (minutes, default 60) and whether summary-only entries get their article fetched.</summary>
internal sealed record FeedAddJson(string? Url, int? EveryMinutes, bool? Full);

