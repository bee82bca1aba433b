namespace Roots.TestKit.Citation;

/// <summary>The formats the citation-js judge reads. It is always told which one: a guess could hand RIS to another parser and pass.</summary>
public enum CitationSyntax
{
    /// <summary>BibTeX with biblatex fields (citation-js's <c>@biblatex/text</c>).</summary>
    BibTex,

    /// <summary>RIS (citation-js's <c>@ris/file</c>).</summary>
    Ris,

    /// <summary>A CSL-JSON array (citation-js's <c>@csl/list+object</c>, then its own CSL check).</summary>
    CslJson,
}
