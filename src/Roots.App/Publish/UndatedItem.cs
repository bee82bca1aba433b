namespace Roots.App.Publish;

/// <summary>A published item without a date of its own, as <c>roots publish --check</c> lists it.</summary>
/// <param name="Id">The item's number.</param>
/// <param name="Title">Its title.</param>
public sealed record UndatedItem(long Id, string Title);
