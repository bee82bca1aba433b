namespace Roots.Core.Understanding.Authored;

/// <summary>
/// What a document says about itself in its own words: who wrote it (a byline and the ORCID iD
/// beside it), when (a dateline), its abstract and its keywords. Each is null or empty when the
/// text does not say; nothing here is guessed from the body.
/// </summary>
/// <param name="Authors">The names in the byline, in order.</param>
/// <param name="Orcid">The ORCID iD printed with the byline (<c>0000-0002-1825-0097</c>), when there is one author.</param>
/// <param name="Date">The dateline as an ISO partial date (<c>2026</c>, <c>2026-06</c>, <c>2026-06-01</c>).</param>
/// <param name="Abstract">The text under an 摘要 / Abstract heading.</param>
/// <param name="Keywords">The terms of a 关键词 / Keywords line, in the author's order.</param>
public sealed record AuthorStatements(
    IReadOnlyList<string> Authors,
    string? Orcid,
    string? Date,
    string? Abstract,
    IReadOnlyList<string> Keywords)
{
    /// <summary>A text that says nothing about itself.</summary>
    public static AuthorStatements None { get; } = new([], null, null, null, []);

    /// <summary>True when the text said nothing this record holds.</summary>
    public bool IsEmpty => Authors.Count == 0 && Orcid is null && Date is null && Abstract is null && Keywords.Count == 0;

    /// <summary>Each statement of this record, else the other's (the two halves of a bilingual document say the same things in two languages).</summary>
    public AuthorStatements Or(AuthorStatements other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AuthorStatements(
            Authors.Count > 0 ? Authors : other.Authors,
            Orcid ?? (Authors.Count > 0 ? null : other.Orcid),
            Date ?? other.Date,
            Abstract ?? other.Abstract,
            Keywords.Count > 0 ? Keywords : other.Keywords);
    }

    /// <summary>Reads the statements of <paramref name="text"/> (one language version of a document).</summary>
    public static AuthorStatements Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLine.Split(text);
        var byline = Byline.Find(lines);
        return new AuthorStatements(
            byline?.Names ?? [],
            byline?.Orcid,
            Dateline.Find(lines),
            AbstractSection.Find(lines),
            KeywordsLine.Find(lines));
    }
}
