using Roots.Core.Model;

namespace Roots.App.UseCases;

/// <summary>Everything <c>roots show</c> prints about one item.</summary>
/// <param name="Item">The item.</param>
/// <param name="Versions">Its versions, oldest first.</param>
/// <param name="Text">The text of the current version.</param>
/// <param name="Fields">Fields the source carried (author, description …).</param>
/// <param name="OriginalPath">Where the current original is archived.</param>
public sealed record ItemDetails(
    Item Item,
    IReadOnlyList<ItemVersion> Versions,
    string Text,
    IReadOnlyDictionary<string, string> Fields,
    string OriginalPath);
