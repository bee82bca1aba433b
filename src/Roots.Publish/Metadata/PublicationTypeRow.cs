namespace Roots.Publish.Metadata;

/// <summary>One type in every vocabulary.</summary>
/// <param name="DataCiteGeneral">DataCite resourceTypeGeneral.</param>
/// <param name="DataCiteText">DataCite free-text resourceType.</param>
/// <param name="ZenodoUpload">Zenodo upload_type.</param>
/// <param name="ZenodoPublication">Zenodo publication_type (only for upload_type publication).</param>
/// <param name="Csl">CSL item type.</param>
/// <param name="BibTex">BibTeX entry type.</param>
/// <param name="Ris">RIS TY value.</param>
/// <param name="SchemaOrg">schema.org @type.</param>
/// <param name="EuRepo">The OpenAIRE info:eu-repo publication type written as dc:type.</param>
internal sealed record PublicationTypeRow(
    string DataCiteGeneral, string DataCiteText, string ZenodoUpload, string? ZenodoPublication,
    string Csl, string BibTex, string Ris, string SchemaOrg, string EuRepo);
