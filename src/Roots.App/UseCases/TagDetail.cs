namespace Roots.App.UseCases;

/// <summary>A tag or category of an item as <c>roots show</c> prints it: <c>ai (rule)</c>, <c>news (classifier 0.83)</c>.</summary>
/// <param name="Name">The tag or category.</param>
/// <param name="Origin">"user", "rule" or "classifier".</param>
/// <param name="Confidence">The classifier's probability, 1 for rules, null for the user.</param>
public sealed record TagDetail(string Name, string Origin, double? Confidence);
