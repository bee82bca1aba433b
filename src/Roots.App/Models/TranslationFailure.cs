namespace Roots.App.Models;

/// <summary>A translation that was asked for and paid, but whose answer could not be used (not the JSON asked for).</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Language">The target language.</param>
/// <param name="Reason">Why, in one line.</param>
public sealed record TranslationFailure(long ItemId, string Language, string Reason);
