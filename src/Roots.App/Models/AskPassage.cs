namespace Roots.App.Models;

/// <summary>A passage retrieved for a question, numbered as the answer cites it.</summary>
/// <param name="Number">The citation number ([1], [2] …).</param>
/// <param name="ItemId">The item it comes from.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Text">The passage.</param>
public sealed record AskPassage(int Number, long ItemId, string Title, string Text);
