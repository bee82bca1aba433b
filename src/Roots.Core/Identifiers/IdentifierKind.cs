namespace Roots.Core.Identifiers;

/// <summary>
/// The identifier schemes Roots validates and stores. The lower-case name of each member is the
/// scheme users type in a query (<c>doi:</c>, <c>issn:</c> …) and the name stored in the database.
/// </summary>
public enum IdentifierKind
{
    /// <summary>A Digital Object Identifier, such as <c>10.5281/zenodo.17978371</c>.</summary>
    Doi,

    /// <summary>An International Standard Serial Number, such as <c>3083-5178</c>.</summary>
    Issn,

    /// <summary>An ORCID iD naming a researcher, such as <c>0000-0002-1825-0097</c>.</summary>
    Orcid,

    /// <summary>An International Standard Book Number, always stored as 13 digits.</summary>
    Isbn,

    /// <summary>An arXiv identifier, new style (<c>2101.00001</c>) or old style (<c>hep-th/9901001</c>).</summary>
    Arxiv,

    /// <summary>An absolute http or https URL.</summary>
    Url,
}
