namespace Roots.App.UseCases;

/// <summary>What <c>roots classify</c> did (or, with <c>--dry-run</c>, would do).</summary>
/// <param name="DryRun">Nothing was written.</param>
/// <param name="ModelTrainedAt">When the classifier used was trained; null when there is none (rules only).</param>
/// <param name="Items">One entry per item looked at.</param>
public sealed record ClassifyReport(bool DryRun, DateTimeOffset? ModelTrainedAt, IReadOnlyList<ItemClassification> Items);
