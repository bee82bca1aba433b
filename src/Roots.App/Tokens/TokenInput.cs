namespace Roots.App.Tokens;

/// <summary>A text to count: a file, standard input, or a library item.</summary>
/// <param name="Label">How the report names it: the path, <c>-</c>, or <c>#12 Title</c>.</param>
/// <param name="Text">The text.</param>
public sealed record TokenInput(string Label, string Text);
