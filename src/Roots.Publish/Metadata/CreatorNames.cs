namespace Roots.Publish.Metadata;

/// <summary>How a creator's name is written in the forms the formats use.</summary>
internal static class CreatorNames
{
    /// <summary>"Family, Given" for a person with both; the family or literal name alone otherwise; empty when there is no name.</summary>
    public static string Inverted(Creator creator)
    {
        string family = Trim(creator.FamilyName);
        string given = Trim(creator.GivenName);
        if (family.Length > 0)
        {
            return given.Length > 0 ? family + ", " + given : family;
        }

        string literal = Trim(creator.LiteralName);
        return literal.Length > 0 ? literal : given;
    }

    /// <summary>"Given Family" for a person with both; the literal name otherwise.</summary>
    public static string Display(Creator creator)
    {
        string family = Trim(creator.FamilyName);
        string given = Trim(creator.GivenName);
        if (family.Length > 0 && given.Length > 0)
        {
            return given + " " + family;
        }

        string literal = Trim(creator.LiteralName);
        return family.Length > 0 ? family : literal.Length > 0 ? literal : given;
    }

    /// <summary>True when the creator is a person with a family name, so structured name parts can be written.</summary>
    public static bool HasParts(Creator creator) =>
        creator.NameType == NameType.Personal && Trim(creator.FamilyName).Length > 0;

    /// <summary>The ORCID iD as the URL form DataCite and schema.org use; <c>null</c> when none.</summary>
    public static string? OrcidUrl(Creator creator) =>
        creator.Orcid is { Kind: Roots.Core.Identifiers.IdentifierKind.Orcid } orcid ? "https://orcid.org/" + orcid.Value : null;

    /// <summary>The bare ORCID iD (<c>0000-0002-1825-0097</c>); <c>null</c> when none.</summary>
    public static string? OrcidId(Creator creator) =>
        creator.Orcid is { Kind: Roots.Core.Identifiers.IdentifierKind.Orcid } orcid ? orcid.Value : null;

    private static string Trim(string? text) => CleanText.OneLine(text);
}
