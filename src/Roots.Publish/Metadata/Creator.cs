using Roots.Core.Identifiers;

namespace Roots.Publish.Metadata;

/// <summary>
/// An author of a publication: a person with given and family names, or a literal name (an
/// organisation, or a person whose name does not split, such as a pen name).
/// </summary>
/// <remarks>
/// The ORCID iD is a validated <see cref="Identifier"/> of kind <see cref="IdentifierKind.Orcid"/>,
/// so no exporter ever publishes a mistyped iD that would attribute the work to someone else.
/// Immutable and thread-safe.
/// </remarks>
public sealed record Creator
{
    /// <summary>The given (first) name; <c>null</c> for a literal name.</summary>
    public string? GivenName { get; init; }

    /// <summary>The family (last) name; <c>null</c> for a literal name.</summary>
    public string? FamilyName { get; init; }

    /// <summary>The name as one string, used when there is no family name (organisations, pen names).</summary>
    public string? LiteralName { get; init; }

    /// <summary>Person or organisation; <see cref="NameType.Personal"/> by default.</summary>
    public NameType NameType { get; init; } = NameType.Personal;

    /// <summary>The ORCID iD; <c>null</c> when unknown. Any other kind of identifier is ignored.</summary>
    public Identifier? Orcid { get; init; }

    /// <summary>The affiliation as written (an institution's name); <c>null</c> when none.</summary>
    public string? Affiliation { get; init; }

    /// <summary>A person with a family and a given name.</summary>
    public static Creator Person(string familyName, string? givenName = null, Identifier? orcid = null, string? affiliation = null) =>
        new() { FamilyName = familyName, GivenName = givenName, Orcid = orcid, Affiliation = affiliation };

    /// <summary>An organisation (or any creator whose name is one string).</summary>
    public static Creator Organization(string name) => new() { LiteralName = name, NameType = NameType.Organizational };
}
