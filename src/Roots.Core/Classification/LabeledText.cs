namespace Roots.Core.Classification;

/// <summary>One training or evaluation example: a text the user (or a data set) gave a label.</summary>
/// <param name="Label">The class, compared ordinally (case matters); must not be empty or blank.</param>
/// <param name="Text">The body text, in any language the analyzer handles.</param>
/// <param name="Title">An optional title; its terms count <see cref="TextClassifierTrainerOptions.TitleWeight"/> times.</param>
public sealed record LabeledText(string Label, string Text, string? Title = null);
