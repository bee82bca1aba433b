using Roots.Core.Model;
using Roots.Core.Search;

namespace Roots.App.UseCases;

/// <summary>One ranked search result.</summary>
/// <param name="Item">The item found.</param>
/// <param name="Score">Its BM25 score; higher is better.</param>
/// <param name="Snippet">The best matching passage with the matches marked, when asked for.</param>
public sealed record SearchResult(Item Item, double Score, Snippet? Snippet);
