namespace Roots.App.UseCases;

/// <summary>What a tag merge did.</summary>
/// <param name="From">The canonical tag merged away.</param>
/// <param name="Into">The canonical tag kept.</param>
/// <param name="Items">How many items changed.</param>
public sealed record TagMergeReport(string From, string Into, int Items);
