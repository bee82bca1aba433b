namespace Roots.App.Publish;

/// <summary>How far a publish is: the stage (<c>reading</c>; <c>deriving</c> and <c>rendering</c>, each reported once as it starts with the number of items to analyse or files to render; <c>writing</c>) and its count.</summary>
/// <param name="Stage">What is being done.</param>
/// <param name="Done">How many done.</param>
/// <param name="Total">How many in all.</param>
public readonly record struct PublishProgress(string Stage, int Done, int Total);
