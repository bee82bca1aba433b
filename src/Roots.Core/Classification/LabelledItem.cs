namespace Roots.Core.Classification;

/// <summary>An item the user labelled: the training data of <see cref="LibraryClassifierTrainer"/>.</summary>
/// <param name="Title">The title; its terms count extra, as in <see cref="TextClassifierTrainerOptions.TitleWeight"/>.</param>
/// <param name="Text">The text.</param>
/// <param name="Tags">The tags the user set (canonical names); may be empty when only a category is set.</param>
/// <param name="Category">The category the user set, or null.</param>
public sealed record LabelledItem(string Title, string Text, IReadOnlyList<string> Tags, string? Category);
