using Roots.Core.Model;

namespace Roots.App.UseCases;

/// <summary>An item related to another.</summary>
/// <param name="Item">The related item.</param>
/// <param name="Score">The fused score (reciprocal rank fusion); higher is closer.</param>
/// <param name="Via">What found it: "words" (shared keywords), "meaning" (vectors), "words+meaning", or "translated words" (its words translated zh↔en, <c>search.cross_lingual</c>).</param>
public sealed record RelatedItem(Item Item, double Score, string Via);

/// <summary>A link as a person reads it: the other item and why they are linked.</summary>
/// <param name="Item">The item at the other end.</param>
/// <param name="Kind">mentions, related or near-duplicate.</param>
/// <param name="Evidence">The URL, DOI or title mentioned, when known.</param>
public sealed record LinkedItem(Item Item, string Kind, string? Evidence);
