using System.Diagnostics.CodeAnalysis;

namespace Roots.Core.Identifiers;

/// <summary>
/// Recognises a search query that is, as a whole, one identifier, so a search can look it up
/// exactly instead of ranking words.
/// </summary>
/// <remarks>
/// Recognised: the scheme forms <c>doi:…</c>, <c>issn:…</c>, <c>orcid:…</c>, <c>isbn:…</c>,
/// <c>arxiv:…</c> and <c>url:…</c> (scheme in any case, a space after the colon allowed); the
/// labelled forms <c>DOI 10.…</c>, <c>ISSN 3083-5178</c>, <c>ISBN 978-…</c>, <c>ORCID …</c>; a
/// resolver URL of doi.org, orcid.org, arxiv.org (abs or pdf) or portal.issn.org; a bare DOI
/// (<c>10.5281/zenodo.17978371</c>); and a bare hyphenated ORCID iD. Everything else, including
/// an ordinary web URL without <c>url:</c> and an identifier whose check digit is wrong, is not an
/// identifier query: the caller searches the words instead. Stateless and thread-safe.
/// </remarks>
public static class IdentifierQuery
{
    /// <summary>Queries longer than this are never identifiers (the longest accepted URL plus its scheme).</summary>
    private const int MaxQueryLength = WebUrl.MaxLength + 16;

    /// <summary>Reads <paramref name="query"/> as one identifier.</summary>
    /// <param name="query">What the user typed; surrounding whitespace is ignored.</param>
    /// <param name="identifier">The validated identifier when the result is true.</param>
    /// <returns>True when the whole query is one valid identifier.</returns>
    public static bool TryParse(string? query, [MaybeNullWhen(false)] out Identifier identifier)
    {
        identifier = null;
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
        {
            return false;
        }

        string text = query.Trim();
        var result = Read(text);
        if (result is { IsSuccess: true })
        {
            identifier = result.Value.Value;
            return true;
        }

        return false;
    }

    private static Result<Identifier>? Read(string text)
    {
        int colon = text.AsSpan().IndexOfAny(':', '\uFF1A');
        if (colon > 0 && IdentifierSchemes.TryParse(text.AsSpan(0, colon), out var kind))
        {
            return Identifier.Create(kind, text[(colon + 1)..]);
        }

        if (IdentifierUrls.StartsWithWebScheme(text))
        {
            var resolved = IdentifierUrls.Classify(text);
            return resolved is { Kind: not IdentifierKind.Url } ? Result<Identifier>.Ok(resolved) : (Result<Identifier>?)null;
        }

        foreach (var (label, labelled) in s_labels)
        {
            if (IdentifierText.StartsWithIgnoreCase(text, label) && text.Length > label.Length && IdentifierText.IsLabelSeparator(text[label.Length]))
            {
                return Identifier.Create(labelled, text);
            }
        }

        if (text.StartsWith("10.", StringComparison.Ordinal) || IdentifierText.StartsWithIgnoreCase(text, "doi.org/") ||
            IdentifierText.StartsWithIgnoreCase(text, "dx.doi.org/"))
        {
            return Identifier.Create(IdentifierKind.Doi, text);
        }

        if ((text.Length == 19 && text.StartsWith("000", StringComparison.Ordinal)) || IdentifierText.StartsWithIgnoreCase(text, "orcid.org/"))
        {
            return Identifier.Create(IdentifierKind.Orcid, text);
        }

        return null;
    }

    private static readonly (string Label, IdentifierKind Kind)[] s_labels =
    [
        ("DOI", IdentifierKind.Doi), ("ISSN", IdentifierKind.Issn), ("ISBN", IdentifierKind.Isbn),
        ("ISBN-13", IdentifierKind.Isbn), ("ISBN-10", IdentifierKind.Isbn), ("ORCID", IdentifierKind.Orcid),
        ("arXiv", IdentifierKind.Arxiv),
    ];
}
