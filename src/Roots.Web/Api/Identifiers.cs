namespace Roots.Web.Api;

/// <summary>Turns a stored identifier ("doi:10.5281/…") into its parts and the page that resolves it.</summary>
internal static class Identifiers
{
    public static IdentifierJson Parse(string identifier)
    {
        int colon = identifier.IndexOf(':', StringComparison.Ordinal);
        string kind = colon < 0 ? "" : identifier[..colon];
        string value = colon < 0 ? identifier : identifier[(colon + 1)..];
        string escaped = Uri.EscapeDataString(value);
        string? href = kind.ToLowerInvariant() switch
        {
            "doi" => "https://doi.org/" + value.Replace("%", "%25", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal).Replace("?", "%3F", StringComparison.Ordinal),
            "issn" => "https://portal.issn.org/resource/ISSN/" + escaped,
            "orcid" => "https://orcid.org/" + escaped,
            "isbn" => "https://search.worldcat.org/isbn/" + escaped,
            "arxiv" => "https://arxiv.org/abs/" + escaped,
            "url" when value.StartsWith("http", StringComparison.OrdinalIgnoreCase) => value,
            _ => null,
        };
        return new IdentifierJson(kind, value, href);
    }
}
