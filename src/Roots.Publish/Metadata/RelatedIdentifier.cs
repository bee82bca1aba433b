using Roots.Core.Identifiers;

namespace Roots.Publish.Metadata;

/// <summary>
/// A link from a publication to another resource: its translation, a reference, the collection
/// it is part of.
/// </summary>
/// <param name="Target">The other resource's validated identifier (DOI, URL, ISSN, ISBN, arXiv id).</param>
/// <param name="Relation">How this publication relates to the target.</param>
/// <param name="ResourceType">What the target is; <c>null</c> when unknown.</param>
/// <param name="Language">The target's language (for translations); <c>null</c> when unknown.</param>
public sealed record RelatedIdentifier(Identifier Target, RelationType Relation, PublicationType? ResourceType = null, string? Language = null);
