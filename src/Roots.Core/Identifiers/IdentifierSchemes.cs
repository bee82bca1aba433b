namespace Roots.Core.Identifiers;

/// <summary>The scheme names of <see cref="IdentifierKind"/>, as users type them before a colon.</summary>
internal static class IdentifierSchemes
{
    public static string Name(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Doi => "doi",
        IdentifierKind.Issn => "issn",
        IdentifierKind.Orcid => "orcid",
        IdentifierKind.Isbn => "isbn",
        IdentifierKind.Arxiv => "arxiv",
        IdentifierKind.Url => "url",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown identifier kind"),
    };

    /// <summary>Reads a scheme name (ASCII, any case) such as "DOI" or "arXiv".</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out IdentifierKind kind)
    {
        foreach (var candidate in Enum.GetValues<IdentifierKind>())
        {
            if (name.Length == Name(candidate).Length && IdentifierText.StartsWithIgnoreCase(name, Name(candidate)))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
