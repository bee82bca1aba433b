using System.Text.Json;
using Roots.Core.Identifiers;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>Writes one record as a schema.org object; shared by the file and the script element forms.</summary>
internal static class JsonLdWork
{
    public const string Context = "https://schema.org";

    public static void Write(Utf8JsonWriter json, ResolvedRecord r, bool withContext)
    {
        json.WriteStartObject();
        if (withContext)
        {
            json.WriteString("@context", Context);
        }

        json.WriteString("@type", r.Type.SchemaOrg);
        json.String("@id", r.DoiUrl ?? r.LandingPage);
        json.String("url", r.LandingPage ?? r.DoiUrl);
        if (r.LandingPage is not null)
        {
            json.String("sameAs", r.DoiUrl);
        }

        json.String("headline", CleanText.OneLine(r.TitleText));
        json.String("name", CleanText.OneLine(r.TitleText));
        json.Strings("alternativeHeadline", r.TranslatedTitles.Select(t => CleanText.OneLine(t.Text)));
        json.String("inLanguage", r.Language);
        WriteAuthors(json, r);
        json.String("datePublished", r.Record.PublicationDate?.ToIsoString());
        json.String("abstract", r.Abstract?.Text);
        json.Strings("keywords", r.KeywordsInLanguage().Concat(r.Record.Subjects.Select(s => s.Term)).Distinct(StringComparer.Ordinal));
        if (r.Doi is { } doi)
        {
            json.WriteStartArray("identifier");
            json.WriteStartObject();
            json.WriteString("@type", "PropertyValue");
            json.WriteString("propertyID", "DOI");
            json.WriteString("value", doi);
            json.WriteString("url", r.DoiUrl);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.String("license", r.LicenseUrl);
        if (r.Publisher is { } publisher)
        {
            WriteOrganization(json, "publisher", publisher);
        }

        WriteIsPartOf(json, r);
        json.String("version", r.Record.Version);
        WriteRelations(json, r);
        json.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter json, ResolvedRecord r)
    {
        if (r.Creators.Count == 0)
        {
            return;
        }

        json.WriteStartArray("author");
        foreach (var creator in r.Creators)
        {
            json.WriteStartObject();
            bool person = creator.NameType == NameType.Personal;
            json.WriteString("@type", person ? "Person" : "Organization");
            string? orcid = CreatorNames.OrcidUrl(creator);
            json.String("@id", orcid);
            json.String("name", CreatorNames.Display(creator));
            if (CreatorNames.HasParts(creator))
            {
                json.String("givenName", CleanText.OneLine(creator.GivenName));
                json.String("familyName", CleanText.OneLine(creator.FamilyName));
            }

            json.String("sameAs", orcid);
            if (!string.IsNullOrWhiteSpace(creator.Affiliation))
            {
                WriteOrganization(json, "affiliation", creator.Affiliation);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOrganization(Utf8JsonWriter json, string property, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.String("name", CleanText.OneLine(name));
        json.WriteEndObject();
    }

    // Article → PublicationIssue → PublicationVolume → Periodical, each level only when known.
    private static void WriteIsPartOf(Utf8JsonWriter json, ResolvedRecord r)
    {
        if (r.JournalTitle is null && r.Issn is null)
        {
            return;
        }

        string? issue = NonEmpty(r.Record.Issue);
        string? volume = NonEmpty(r.Record.Volume);
        json.WriteStartObject("isPartOf");
        if (issue is not null)
        {
            json.WriteString("@type", "PublicationIssue");
            json.WriteString("issueNumber", issue);
            json.WriteStartObject("isPartOf");
        }

        if (volume is not null)
        {
            json.WriteString("@type", "PublicationVolume");
            json.WriteString("volumeNumber", volume);
            json.WriteStartObject("isPartOf");
        }

        json.WriteString("@type", "Periodical");
        json.String("name", CleanText.OneLine(r.JournalTitle?.Text));
        json.Strings("alternateName", r.Record.Journal!.Titles.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Skip(1).Select(t => CleanText.OneLine(t.Text)));
        json.String("issn", r.Issn);
        json.String("url", r.JournalUrl);
        json.WriteEndObject();
        if (volume is not null)
        {
            json.WriteEndObject();
        }

        if (issue is not null)
        {
            json.WriteEndObject();
        }
    }

    private static void WriteRelations(Utf8JsonWriter json, ResolvedRecord r)
    {
        WriteLinks(json, "workTranslation", r, RelationType.HasTranslation);
        WriteLinks(json, "translationOfWork", r, RelationType.IsTranslationOf);
        WriteLinks(json, "citation", r, RelationType.References, RelationType.Cites);
    }

    private static void WriteLinks(Utf8JsonWriter json, string property, ResolvedRecord r, params RelationType[] relations)
    {
        var links = r.Record.RelatedIdentifiers
            .Where(x => relations.Contains(x.Relation) && x.Target.Kind != IdentifierKind.Orcid)
            .Select(x => x.Target.Link)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (links.Count == 0)
        {
            return;
        }

        json.WriteStartArray(property);
        foreach (string link in links)
        {
            json.WriteStartObject();
            json.WriteString("@id", link);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string? NonEmpty(string? text) => CleanText.OneLine(text) is { Length: > 0 } t ? t : null;
}
