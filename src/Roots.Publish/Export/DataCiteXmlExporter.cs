using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes DataCite Metadata Schema 4.7 XML (namespace <c>http://datacite.org/schema/kernel-4</c>),
/// the record a DOI is registered with and that validates against the official
/// <c>metadata.xsd</c>.
/// </summary>
/// <remarks>
/// Bilingual titles become a title with <c>xml:lang</c> plus <c>titleType="TranslatedTitle"</c>
/// titles; ORCID iDs become <c>nameIdentifier nameIdentifierScheme="ORCID"</c>; the journal's
/// ISSN becomes <c>relatedIdentifier relationType="IsPublishedIn"</c> and a journal
/// <c>relatedItem</c>; mandatory properties the record lacks get DataCite's standard values
/// (<c>(:unav)</c>, <c>(:tba)</c>). The kernel has no collection form, so this exporter writes
/// one document per record. Stateless and thread-safe.
/// </remarks>
public sealed class DataCiteXmlExporter(ExportOptions? options = null) : IMetadataExporter
{
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Ns = DataCiteResource.Namespace;
    private readonly ExportOptions _options = options ?? ExportOptions.Default;

    /// <inheritdoc />
    public string Name => "datacite";

    /// <inheritdoc />
    public string MediaType => "application/vnd.datacite.datacite+xml";

    /// <inheritdoc />
    public string FileExtension => ".xml";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer)
    {
        var resource = DataCiteResource.From(record, _options);
        using var xml = new XmlOutput(writer);
        xml.Start("resource", Ns);
        xml.DefaultNamespace(Ns);
        xml.Namespace("xsi", Xsi);
        xml.Attribute("xsi", "schemaLocation", Xsi, DataCiteResource.SchemaLocation);

        xml.Start("identifier", Ns);
        xml.Attribute("identifierType", "DOI");
        // A DOI not yet registered is (:tba), "to be assigned", the kernel's standard value.
        xml.Text(resource.Doi ?? StandardValues.ToBeAssigned);
        xml.End();

        WriteCreators(xml, resource);
        WriteTitles(xml, resource);
        xml.Element("publisher", Ns, resource.Publisher);
        xml.Element("publicationYear", Ns, resource.PublicationYear);
        xml.Start("resourceType", Ns);
        xml.Attribute("resourceTypeGeneral", resource.ResourceTypeGeneral);
        xml.Text(resource.ResourceType);
        xml.End();
        WriteSubjects(xml, resource);
        if (resource.Issued is { } issued)
        {
            xml.Start("dates", Ns);
            xml.Start("date", Ns);
            xml.Attribute("dateType", "Issued");
            xml.Text(issued);
            xml.End();
            xml.End();
        }

        xml.Element("language", Ns, resource.Language);
        WriteAlternateIdentifiers(xml, resource);
        WriteRelatedIdentifiers(xml, resource);
        xml.Element("version", Ns, resource.Version);
        WriteRights(xml, resource);
        WriteDescriptions(xml, resource);
        WriteJournal(xml, resource.Journal);
        xml.End();
    }

    private static void WriteCreators(XmlOutput xml, DataCiteResource resource)
    {
        xml.Start("creators", Ns);
        foreach (var creator in resource.Creators)
        {
            xml.Start("creator", Ns);
            xml.Start("creatorName", Ns);
            xml.Attribute("nameType", creator.NameType);
            xml.Text(creator.Name);
            xml.End();
            xml.Element("givenName", Ns, creator.GivenName);
            xml.Element("familyName", Ns, creator.FamilyName);
            if (creator.OrcidUrl is { } orcid)
            {
                xml.Start("nameIdentifier", Ns);
                xml.Attribute("nameIdentifierScheme", "ORCID");
                xml.Attribute("schemeURI", DataCiteResource.OrcidSchemeUri);
                xml.Text(orcid);
                xml.End();
            }

            xml.Element("affiliation", Ns, creator.Affiliation);
            xml.End();
        }

        xml.End();
    }

    private static void WriteTitles(XmlOutput xml, DataCiteResource resource)
    {
        xml.Start("titles", Ns);
        foreach (var title in resource.Titles)
        {
            xml.Start("title", Ns);
            xml.Lang(title.Language);
            xml.Attribute("titleType", title.Type);
            xml.Text(title.Text);
            xml.End();
        }

        xml.End();
    }

    private static void WriteSubjects(XmlOutput xml, DataCiteResource resource)
    {
        if (resource.Subjects.Count == 0)
        {
            return;
        }

        xml.Start("subjects", Ns);
        foreach (var subject in resource.Subjects)
        {
            xml.Start("subject", Ns);
            xml.Lang(LanguageTagSyntax.IsValid(subject.Language) ? subject.Language : null);
            xml.Attribute("subjectScheme", subject.Scheme);
            xml.Attribute("schemeURI", WebLinks.Http(subject.SchemeUri));
            xml.Text(subject.Term.Trim());
            xml.End();
        }

        xml.End();
    }

    private static void WriteAlternateIdentifiers(XmlOutput xml, DataCiteResource resource)
    {
        if (resource.AlternateIdentifiers.Count == 0)
        {
            return;
        }

        xml.Start("alternateIdentifiers", Ns);
        foreach (var (value, type) in resource.AlternateIdentifiers)
        {
            xml.Start("alternateIdentifier", Ns);
            xml.Attribute("alternateIdentifierType", type);
            xml.Text(value);
            xml.End();
        }

        xml.End();
    }

    private static void WriteRelatedIdentifiers(XmlOutput xml, DataCiteResource resource)
    {
        if (resource.RelatedIdentifiers.Count == 0)
        {
            return;
        }

        xml.Start("relatedIdentifiers", Ns);
        foreach (var relation in resource.RelatedIdentifiers)
        {
            xml.Start("relatedIdentifier", Ns);
            xml.Attribute("relatedIdentifierType", relation.IdentifierType);
            xml.Attribute("relationType", relation.RelationType);
            xml.Attribute("resourceTypeGeneral", relation.ResourceTypeGeneral);
            xml.Text(relation.Value);
            xml.End();
        }

        xml.End();
    }

    private static void WriteRights(XmlOutput xml, DataCiteResource resource)
    {
        if (resource.Rights is not { } license)
        {
            return;
        }

        xml.Start("rightsList", Ns);
        xml.Start("rights", Ns);
        xml.Lang("en");
        xml.Attribute("rightsURI", resource.RightsUri);
        xml.Attribute("rightsIdentifier", license.SpdxId);
        xml.Attribute("rightsIdentifierScheme", "SPDX");
        xml.Attribute("schemeURI", DataCiteResource.SpdxSchemeUri);
        xml.Text(license.DisplayName);
        xml.End();
        xml.End();
    }

    private static void WriteDescriptions(XmlOutput xml, DataCiteResource resource)
    {
        if (resource.Descriptions.Count == 0)
        {
            return;
        }

        xml.Start("descriptions", Ns);
        foreach (var description in resource.Descriptions)
        {
            xml.Start("description", Ns);
            xml.Lang(description.Language);
            xml.Attribute("descriptionType", description.Type);
            xml.Text(description.Text.Trim());
            xml.End();
        }

        xml.End();
    }

    private static void WriteJournal(XmlOutput xml, DataCiteJournal? journal)
    {
        if (journal is null)
        {
            return;
        }

        xml.Start("relatedItems", Ns);
        xml.Start("relatedItem", Ns);
        xml.Attribute("relatedItemType", "Journal");
        xml.Attribute("relationType", "IsPublishedIn");
        if (journal.Issn is { } issn)
        {
            xml.Start("relatedItemIdentifier", Ns);
            xml.Attribute("relatedItemIdentifierType", "ISSN");
            xml.Text(issn);
            xml.End();
        }

        if (journal.Title is { } title)
        {
            xml.Start("titles", Ns);
            xml.Element("title", Ns, title);
            foreach (string other in journal.OtherTitles.Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                xml.Start("title", Ns);
                xml.Attribute("titleType", "TranslatedTitle");
                xml.Text(other.Trim());
                xml.End();
            }

            xml.End();
        }

        xml.Element("volume", Ns, journal.Volume);
        xml.Element("issue", Ns, journal.Issue);
        xml.End();
        xml.End();
    }
}
