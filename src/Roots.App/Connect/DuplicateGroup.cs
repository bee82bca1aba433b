using Roots.Core.Model;

namespace Roots.App.Connect;

/// <summary>Items that are (nearly) the same document, and why each pair was matched.</summary>
/// <param name="Items">The items, oldest first.</param>
/// <param name="Pairs">Each matched pair with its evidence (<c>simhash distance 2</c>, <c>same doi …</c>, <c>same url …</c>).</param>
public sealed record DuplicateGroup(IReadOnlyList<Item> Items, IReadOnlyList<(long A, long B, string Evidence)> Pairs);
