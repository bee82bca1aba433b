using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>Links between items: what an item mentions, what mentions it, what it is related to.</summary>
public interface ILinkStore
{
    /// <summary>Replaces the links of <paramref name="kind"/> going out of each source in <paramref name="sources"/> with <paramref name="links"/>.</summary>
    ValueTask ReplaceLinksAsync(string kind, IReadOnlyCollection<long> sources, IReadOnlyList<Link> links, CancellationToken cancellationToken = default);

    /// <summary>Adds links, keeping those already there.</summary>
    ValueTask AddLinksAsync(IReadOnlyList<Link> links, CancellationToken cancellationToken = default);

    /// <summary>Links going out of <paramref name="itemId"/> (of <paramref name="kind"/> when given).</summary>
    ValueTask<IReadOnlyList<Link>> LinksFromAsync(long itemId, string? kind = null, CancellationToken cancellationToken = default);

    /// <summary>Links coming into <paramref name="itemId"/>: its backlinks.</summary>
    ValueTask<IReadOnlyList<Link>> LinksToAsync(long itemId, string? kind = null, CancellationToken cancellationToken = default);

    /// <summary>Every link, for exporting the graph.</summary>
    IAsyncEnumerable<Link> AllLinksAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids of items whose own URL equals one of <paramref name="urls"/> (normalised forms).</summary>
    ValueTask<IReadOnlyList<(long ItemId, string Url)>> FindByUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default);

    /// <summary>Every item's id and title, for finding titles mentioned in a text.</summary>
    ValueTask<IReadOnlyList<(long ItemId, string Title)>> AllTitlesAsync(CancellationToken cancellationToken = default);
}
