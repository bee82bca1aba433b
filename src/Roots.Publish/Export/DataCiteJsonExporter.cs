using System.Globalization;
using System.Text.Json;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes the JSON the DataCite REST API takes to create or update a DOI:
/// <c>{"data":{"type":"dois","attributes":{…}}}</c>, and <c>{"data":[…]}</c> for many records.
/// </summary>
/// <remarks>
/// Built from the same mapping as <see cref="DataCiteXmlExporter"/>. A record without a DOI has
/// no <c>doi</c> attribute (the API assigns one from the repository prefix) rather than
/// <c>(:tba)</c>. No <c>event</c> is set, so posting it creates a draft. Stateless and thread-safe.
/// </remarks>
public sealed class DataCiteJsonExporter(ExportOptions? options = null) : IMultiRecordExporter
{
    private readonly ExportOptions _options = options ?? ExportOptions.Default;

    /// <inheritdoc />
    public string Name => "datacite-json";

    /// <inheritdoc />
    public string MediaType => "application/vnd.api+json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer)
    {
        var resource = DataCiteResource.From(record, _options);
        JsonOutput.Write(writer, JsonOutput.Relaxed, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            WriteDoi(json, resource);
            json.WriteEndObject();
        });
    }

    /// <inheritdoc />
    public void WriteAll(IEnumerable<PublicationRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(records);
        var resources = records.Select(r => DataCiteResource.From(r, _options)).ToList();
        JsonOutput.Write(writer, JsonOutput.Relaxed, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("data");
            foreach (var resource in resources)
            {
                WriteDoi(json, resource);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteDoi(Utf8JsonWriter json, DataCiteResource resource)
    {
        json.WriteStartObject();
        json.WriteString("type", "dois");
        json.WriteStartObject("attributes");
        json.String("doi", resource.Doi);
        json.String("url", resource.Url);
        WriteCreators(json, resource);
        WriteTexts(json, "titles", "title", "titleType", resource.Titles);
        json.WriteStartObject("publisher");
        json.String("name", resource.Publisher);
        json.WriteEndObject();
        json.WriteNumber("publicationYear", int.Parse(resource.PublicationYear, CultureInfo.InvariantCulture));
        json.WriteStartObject("types");
        json.WriteString("resourceTypeGeneral", resource.ResourceTypeGeneral);
        json.WriteString("resourceType", resource.ResourceType);
        json.WriteEndObject();
        WriteSubjects(json, resource);
        if (resource.Issued is { } issued)
        {
            json.WriteStartArray("dates");
            json.WriteStartObject();
            json.WriteString("date", issued);
            json.WriteString("dateType", "Issued");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.String("language", resource.Language);
        WriteIdentifiers(json, resource);
        json.String("version", resource.Version);
        WriteRights(json, resource);
        WriteTexts(json, "descriptions", "description", "descriptionType", resource.Descriptions);
        WriteJournal(json, resource.Journal);
        json.WriteString("schemaVersion", DataCiteResource.Namespace);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCreators(Utf8JsonWriter json, DataCiteResource resource)
    {
        json.WriteStartArray("creators");
        foreach (var creator in resource.Creators)
        {
            json.WriteStartObject();
            json.String("name", creator.Name);
            json.String("nameType", creator.NameType);
            json.String("givenName", creator.GivenName);
            json.String("familyName", creator.FamilyName);
            if (creator.OrcidUrl is { } orcid)
            {
                json.WriteStartArray("nameIdentifiers");
                json.WriteStartObject();
                json.WriteString("nameIdentifier", orcid);
                json.WriteString("nameIdentifierScheme", "ORCID");
                json.WriteString("schemeUri", DataCiteResource.OrcidSchemeUri);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            if (creator.Affiliation is { } affiliation)
            {
                json.WriteStartArray("affiliation");
                json.WriteStartObject();
                json.String("name", affiliation);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTexts(Utf8JsonWriter json, string arrayName, string textName, string typeName, IReadOnlyList<DataCiteText> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        json.WriteStartArray(arrayName);
        foreach (var text in texts)
        {
            json.WriteStartObject();
            json.String(textName, text.Text);
            json.String("lang", text.Language);
            json.String(typeName, text.Type);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSubjects(Utf8JsonWriter json, DataCiteResource resource)
    {
        if (resource.Subjects.Count == 0)
        {
            return;
        }

        json.WriteStartArray("subjects");
        foreach (var subject in resource.Subjects)
        {
            json.WriteStartObject();
            json.String("subject", subject.Term);
            json.String("lang", LanguageTagSyntax.IsValid(subject.Language) ? subject.Language : null);
            json.String("subjectScheme", subject.Scheme);
            json.String("schemeUri", WebLinks.Http(subject.SchemeUri));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIdentifiers(Utf8JsonWriter json, DataCiteResource resource)
    {
        if (resource.AlternateIdentifiers.Count > 0)
        {
            json.WriteStartArray("alternateIdentifiers");
            foreach (var (value, type) in resource.AlternateIdentifiers)
            {
                json.WriteStartObject();
                json.String("alternateIdentifier", value);
                json.String("alternateIdentifierType", type);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (resource.RelatedIdentifiers.Count > 0)
        {
            json.WriteStartArray("relatedIdentifiers");
            foreach (var relation in resource.RelatedIdentifiers)
            {
                json.WriteStartObject();
                json.String("relatedIdentifier", relation.Value);
                json.String("relatedIdentifierType", relation.IdentifierType);
                json.String("relationType", relation.RelationType);
                json.String("resourceTypeGeneral", relation.ResourceTypeGeneral);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }

    private static void WriteRights(Utf8JsonWriter json, DataCiteResource resource)
    {
        if (resource.Rights is not { } license)
        {
            return;
        }

        json.WriteStartArray("rightsList");
        json.WriteStartObject();
        json.String("rights", license.DisplayName);
        json.String("rightsUri", resource.RightsUri);
        json.String("rightsIdentifier", license.SpdxId);
        json.WriteString("rightsIdentifierScheme", "SPDX");
        json.WriteString("schemeUri", DataCiteResource.SpdxSchemeUri);
        json.WriteString("lang", "en");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteJournal(Utf8JsonWriter json, DataCiteJournal? journal)
    {
        if (journal is null)
        {
            return;
        }

        json.WriteStartArray("relatedItems");
        json.WriteStartObject();
        json.WriteString("relationType", "IsPublishedIn");
        json.WriteString("relatedItemType", "Journal");
        if (journal.Issn is { } issn)
        {
            json.WriteStartObject("relatedItemIdentifier");
            json.WriteString("relatedItemIdentifier", issn);
            json.WriteString("relatedItemIdentifierType", "ISSN");
            json.WriteEndObject();
        }

        if (journal.Title is { } title)
        {
            json.WriteStartArray("titles");
            json.WriteStartObject();
            json.String("title", title);
            json.WriteEndObject();
            foreach (string other in journal.OtherTitles.Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                json.WriteStartObject();
                json.String("title", other);
                json.WriteString("titleType", "TranslatedTitle");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.String("volume", journal.Volume);
        json.String("issue", journal.Issue);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
