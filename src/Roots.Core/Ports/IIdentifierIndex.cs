using Roots.Core.Identifiers;

namespace Roots.Core.Ports;

/// <summary>The validated identifiers (DOI, ISSN, ORCID iD, ISBN, arXiv …) found in items' current versions.</summary>
/// <remarks>Same threading as <see cref="IItemStore"/>.</remarks>
public interface IIdentifierIndex
{
    /// <summary>The items whose current version carries <paramref name="identifier"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<long>> FindByIdentifierAsync(Identifier identifier, CancellationToken cancellationToken = default);

    /// <summary>The identifiers of an item's current version, ordered by kind name, then value.</summary>
    ValueTask<IReadOnlyList<(string Kind, string Value)>> GetIdentifiersAsync(long id, CancellationToken cancellationToken = default);
}
