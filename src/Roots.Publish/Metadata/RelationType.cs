namespace Roots.Publish.Metadata;

/// <summary>
/// How a publication relates to another resource. The names are DataCite's relationType values
/// (kernel-4.7), which Zenodo and schema.org mappings are derived from; only the ones a journal
/// uses are listed.
/// </summary>
public enum RelationType
{
    /// <summary>This publication cites the other.</summary>
    Cites,

    /// <summary>This publication is cited by the other.</summary>
    IsCitedBy,

    /// <summary>This publication references the other (a reference list entry).</summary>
    References,

    /// <summary>This publication is referenced by the other.</summary>
    IsReferencedBy,

    /// <summary>This publication is part of the other (a collection, a special issue).</summary>
    IsPartOf,

    /// <summary>This publication has the other as a part.</summary>
    HasPart,

    /// <summary>This publication is published in the other (a journal, by ISSN).</summary>
    IsPublishedIn,

    /// <summary>The other is a translation of this publication.</summary>
    HasTranslation,

    /// <summary>This publication is a translation of the other.</summary>
    IsTranslationOf,

    /// <summary>This publication is a version of the other.</summary>
    IsVersionOf,

    /// <summary>The other is a version of this publication.</summary>
    HasVersion,

    /// <summary>This publication is a new version of the other.</summary>
    IsNewVersionOf,

    /// <summary>This publication is a previous version of the other.</summary>
    IsPreviousVersionOf,

    /// <summary>This publication supplements the other.</summary>
    IsSupplementTo,

    /// <summary>The other supplements this publication.</summary>
    IsSupplementedBy,

    /// <summary>This publication is derived from the other.</summary>
    IsDerivedFrom,

    /// <summary>This publication is the source the other is derived from.</summary>
    IsSourceOf,

    /// <summary>This publication and the other are the same content in another form.</summary>
    IsVariantFormOf,

    /// <summary>This publication is identical to the other (a second identifier).</summary>
    IsIdenticalTo,
}
