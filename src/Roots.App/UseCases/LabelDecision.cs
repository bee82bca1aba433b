namespace Roots.App.UseCases;

/// <summary>One automatic label.</summary>
/// <param name="Kind">"tag" or "category".</param>
/// <param name="Name">The tag or category.</param>
/// <param name="Origin">"rule" or "classifier".</param>
/// <param name="Confidence">1 for rules; the probability for the classifier.</param>
public sealed record LabelDecision(string Kind, string Name, string Origin, double Confidence);
