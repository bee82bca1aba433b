namespace Roots.Core.Identifiers;

/// <summary>
/// Turns a URL into the identifier it stands for: a doi.org URL is a DOI, an orcid.org URL an
/// ORCID iD, an arxiv.org abstract or PDF URL an arXiv id, a portal.issn.org record an ISSN; any
/// other URL (or one of those hosts whose path names no valid identifier) stays a URL. Storing the
/// DOI rather than the resolver URL means one work is found whichever form a text used.
/// </summary>
internal static class IdentifierUrls
{
    /// <summary>Classifies <paramref name="input"/>, a URL as written; null when it is not a valid web URL.</summary>
    public static Identifier? Classify(string input)
    {
        var url = WebUrl.Normalize(input);
        if (!url.IsSuccess)
        {
            return null;
        }

        var host = WebUrl.HostOf(url.Value);
        var kind = host switch
        {
            "doi.org" or "dx.doi.org" or "www.doi.org" => IdentifierKind.Doi,
            "orcid.org" or "www.orcid.org" => IdentifierKind.Orcid,
            "arxiv.org" or "www.arxiv.org" or "export.arxiv.org" => IdentifierKind.Arxiv,
            "portal.issn.org" => IdentifierKind.Issn,
            _ => IdentifierKind.Url,
        };

        if (kind != IdentifierKind.Url)
        {
            var specific = Identifier.Create(kind, url.Value);
            if (specific.IsSuccess)
            {
                return specific.Value;
            }
        }

        return Identifier.FromNormalized(IdentifierKind.Url, url.Value);
    }

    /// <summary>True when <paramref name="text"/> starts with http:// or https:// (any case).</summary>
    public static bool StartsWithWebScheme(ReadOnlySpan<char> text) =>
        IdentifierText.StartsWithIgnoreCase(text, "https://") || IdentifierText.StartsWithIgnoreCase(text, "http://");
}
