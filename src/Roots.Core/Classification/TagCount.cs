namespace Roots.Core.Classification;

/// <summary>A tag in use and how many items carry it.</summary>
/// <param name="Tag">The canonical tag.</param>
/// <param name="Items">Items that carry it, whoever set it.</param>
/// <param name="UserItems">Of those, items where the user set it.</param>
public sealed record TagCount(string Tag, int Items, int UserItems);
