namespace Roots.Core.Classification;

/// <summary>How well one label was predicted in an evaluation.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">Of the texts predicted as this label, the share that had it; 0 when none was predicted.</param>
/// <param name="Recall">Of the texts that had this label, the share predicted as it.</param>
/// <param name="F1">Harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">How many texts had this label.</param>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);
