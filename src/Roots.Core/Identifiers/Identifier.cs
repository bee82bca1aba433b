namespace Roots.Core.Identifiers;

/// <summary>
/// A validated, normalised identifier: a DOI, ISSN, ORCID iD, ISBN, arXiv id or URL.
/// </summary>
/// <remarks>
/// Instances exist only through <see cref="Create"/> (and the extractor and query parser built on
/// it), so an <see cref="Identifier"/> always holds a value that passed its scheme's syntax and
/// check-digit rules and is in the one normalised form that scheme's parser produces. Two
/// spellings of one identifier are therefore equal, and equality (by <see cref="Kind"/> and
/// <see cref="Value"/>) is what the store de-duplicates on. Immutable and thread-safe.
/// </remarks>
public sealed record Identifier
{
    private Identifier(IdentifierKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Which scheme the identifier belongs to.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>The normalised value, without scheme: <c>10.5281/zenodo.17978371</c>, <c>3083-5178</c>, <c>9780306406157</c> …</summary>
    public string Value { get; }

    /// <summary>The scheme name users type before the colon: doi, issn, orcid, isbn, arxiv or url.</summary>
    public string Scheme => IdentifierSchemes.Name(Kind);

    /// <summary>
    /// The URL that resolves the identifier: the DOI resolver, the ISSN portal, the ORCID record,
    /// the arXiv abstract page, or the URL itself; <c>null</c> for an ISBN, which has no single
    /// authoritative resolver.
    /// </summary>
    public string? Link => Kind switch
    {
        IdentifierKind.Doi => "https://doi.org/" + Value,
        IdentifierKind.Issn => "https://portal.issn.org/resource/ISSN/" + Value,
        IdentifierKind.Orcid => "https://orcid.org/" + Value,
        IdentifierKind.Arxiv => "https://arxiv.org/abs/" + Value,
        IdentifierKind.Url => Value,
        _ => null,
    };

    /// <summary>
    /// Validates and normalises <paramref name="input"/> as an identifier of <paramref name="kind"/>,
    /// accepting the written forms that kind's parser accepts (<see cref="Doi.Normalize"/>,
    /// <see cref="Issn.Normalize"/>, <see cref="Orcid.Normalize"/>, <see cref="Isbn.Normalize"/>,
    /// <see cref="ArxivId.Normalize"/>, <see cref="WebUrl.Normalize"/>).
    /// </summary>
    /// <returns>The identifier, or the parser's one-line reason.</returns>
    public static Result<Identifier> Create(IdentifierKind kind, string input)
    {
        var value = kind switch
        {
            IdentifierKind.Doi => Doi.Normalize(input),
            IdentifierKind.Issn => Issn.Normalize(input),
            IdentifierKind.Orcid => Orcid.Normalize(input),
            IdentifierKind.Isbn => Isbn.Normalize(input),
            IdentifierKind.Arxiv => ArxivId.Normalize(input),
            IdentifierKind.Url => WebUrl.Normalize(input),
            _ => Result<string>.Fail($"unknown identifier kind {(int)kind}"),
        };
        return value.Map(v => new Identifier(kind, v));
    }

    /// <summary>Wraps a value a parser has just produced; only for code that normalised it itself.</summary>
    internal static Identifier FromNormalized(IdentifierKind kind, string value) => new(kind, value);

    /// <summary>The scheme form, such as <c>doi:10.5281/zenodo.17978371</c> or <c>isbn:9780306406157</c>.</summary>
    public override string ToString() => Scheme + ":" + Value;
}
