using System.Globalization;
using Roots.Core.Identifiers;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// A record mapped once onto the DataCite kernel-4.7 properties, with mandatory properties
/// filled by standard values where the record lacks them. The XML and the REST JSON writers
/// serialise this same object, so the two DataCite outputs cannot disagree.
/// </summary>
internal sealed class DataCiteResource
{
    public const string Namespace = "http://datacite.org/schema/kernel-4";
    public const string SchemaLocation = "http://datacite.org/schema/kernel-4 https://schema.datacite.org/meta/kernel-4.7/metadata.xsd";
    public const string OrcidSchemeUri = "https://orcid.org";
    public const string SpdxSchemeUri = "https://spdx.org/licenses/";

    public required string? Doi { get; init; }
    public required IReadOnlyList<DataCiteCreator> Creators { get; init; }
    public required IReadOnlyList<DataCiteText> Titles { get; init; }
    public required string Publisher { get; init; }
    public required string PublicationYear { get; init; }
    public required string ResourceTypeGeneral { get; init; }
    public required string ResourceType { get; init; }
    public required IReadOnlyList<Subject> Subjects { get; init; }
    public required string? Issued { get; init; }
    public required string? Language { get; init; }
    public required IReadOnlyList<(string Value, string Type)> AlternateIdentifiers { get; init; }
    public required IReadOnlyList<DataCiteRelation> RelatedIdentifiers { get; init; }
    public required string? Version { get; init; }
    public required License? Rights { get; init; }
    public required string? RightsUri { get; init; }
    public required IReadOnlyList<DataCiteText> Descriptions { get; init; }
    public required DataCiteJournal? Journal { get; init; }
    public required string? Url { get; init; }

    public static DataCiteResource From(PublicationRecord record, ExportOptions options)
    {
        var r = ResolvedRecord.Of(record);
        return new DataCiteResource
        {
            Doi = r.Doi,
            Creators = MapCreators(r),
            Titles = MapTitles(r),
            // Publisher is mandatory and non-empty in the kernel: (:unav) when neither the record nor its journal names one.
            Publisher = r.Publisher ?? StandardValues.Unavailable,
            // publicationYear is mandatory and exactly four digits (yearType), so no standard value fits:
            // without a date, the year of export is used, as DataCite and Zenodo do when a DOI is published.
            PublicationYear = (record.PublicationDate?.YearText ?? options.Today.Year.ToString("D4", CultureInfo.InvariantCulture)),
            ResourceTypeGeneral = r.Type.DataCiteGeneral,
            ResourceType = r.Type.DataCiteText,
            Subjects = [.. r.Keywords.Select(k => new Subject(k.Text, k.Language)), .. record.Subjects.Where(s => !string.IsNullOrWhiteSpace(s.Term))],
            Issued = record.PublicationDate?.ToIsoString(),
            Language = r.Language,
            AlternateIdentifiers = MapAlternateIdentifiers(r),
            RelatedIdentifiers = MapRelations(r),
            Version = record.Version,
            Rights = r.License,
            RightsUri = r.LicenseUrl,
            Descriptions = MapDescriptions(r),
            Journal = r.JournalTitle is null && r.Issn is null ? null : new DataCiteJournal(r.Issn, r.JournalTitle?.Text, record.Journal!.Titles.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Skip(1).Select(t => t.Text).ToList(), record.Volume, record.Issue),
            Url = r.LandingPage,
        };
    }

    private static List<DataCiteCreator> MapCreators(ResolvedRecord r)
    {
        var creators = r.Creators.Select(c => new DataCiteCreator(
            CreatorNames.Inverted(c),
            c.NameType == NameType.Organizational ? "Organizational" : CreatorNames.HasParts(c) ? "Personal" : null,
            CreatorNames.HasParts(c) ? CleanText.OneLine(c.GivenName) : null,
            CreatorNames.HasParts(c) ? CleanText.OneLine(c.FamilyName) : null,
            CreatorNames.OrcidUrl(c),
            string.IsNullOrWhiteSpace(c.Affiliation) ? null : c.Affiliation.Trim())).ToList();

        // At least one creator is mandatory: (:unav) is the kernel's standard value for an unknown creator.
        return creators.Count > 0 ? creators : [new DataCiteCreator(StandardValues.Unavailable, null, null, null, null, null)];
    }

    private static List<DataCiteText> MapTitles(ResolvedRecord r)
    {
        if (r.Title is null)
        {
            // At least one title is mandatory: (:unav) rather than an empty element.
            return [new DataCiteText(StandardValues.Unavailable, null, null)];
        }

        return [new DataCiteText(r.Title.Text, Lang(r.Title.Language), null), .. r.TranslatedTitles.Select(t => new DataCiteText(t.Text, Lang(t.Language), "TranslatedTitle"))];
    }

    private static List<DataCiteText> MapDescriptions(ResolvedRecord r)
    {
        var list = r.Abstracts.Select(a => new DataCiteText(a.Text, Lang(a.Language), "Abstract")).ToList();
        if (r.JournalTitle is { } journal)
        {
            // DataCite's guidance for articles: the journal, volume and issue as SeriesInformation.
            string series = journal.Text.Trim();
            if (!string.IsNullOrWhiteSpace(r.Record.Volume))
            {
                series += ", " + r.Record.Volume.Trim();
                if (!string.IsNullOrWhiteSpace(r.Record.Issue))
                {
                    series += "(" + r.Record.Issue.Trim() + ")";
                }
            }

            list.Add(new DataCiteText(series, Lang(journal.Language), "SeriesInformation"));
        }

        return list;
    }

    private static List<(string, string)> MapAlternateIdentifiers(ResolvedRecord r)
    {
        var list = new List<(string, string)>();
        foreach (var id in r.Record.Identifiers)
        {
            string? type = id.Kind switch
            {
                IdentifierKind.Url => "URL",
                IdentifierKind.Arxiv => "arXiv",
                IdentifierKind.Isbn => "ISBN",
                _ => null,
            };
            if (type is not null && !list.Contains((id.Value, type)))
            {
                list.Add((id.Value, type));
            }
        }

        return list;
    }

    private static List<DataCiteRelation> MapRelations(ResolvedRecord r)
    {
        var list = new List<DataCiteRelation>();
        if (r.Issn is { } issn)
        {
            list.Add(new DataCiteRelation(issn, "ISSN", "IsPublishedIn", "Journal"));
        }

        foreach (var related in r.Record.RelatedIdentifiers)
        {
            if (RelatedType(related.Target) is { } type)
            {
                string? general = related.ResourceType is { } t ? PublicationTypes.For(t).DataCiteGeneral : null;
                var relation = new DataCiteRelation(related.Target.Value, type, related.Relation.ToString(), general);
                if (!list.Contains(relation))
                {
                    list.Add(relation);
                }
            }
        }

        return list;
    }

    /// <summary>The relatedIdentifierType for an identifier; <c>null</c> for an ORCID iD, which names a person, not a resource.</summary>
    internal static string? RelatedType(Identifier id) => id.Kind switch
    {
        IdentifierKind.Doi => "DOI",
        IdentifierKind.Url => "URL",
        IdentifierKind.Issn => "ISSN",
        IdentifierKind.Isbn => "ISBN",
        IdentifierKind.Arxiv => "arXiv",
        _ => null,
    };

    // xml:lang is xs:language; a tag that is not one would make the record invalid, so it is dropped.
    private static string? Lang(string? language) => LanguageTagSyntax.IsValid(language) ? language!.Trim() : null;
}

/// <summary>A creator as DataCite writes it.</summary>
internal sealed record DataCiteCreator(string Name, string? NameType, string? GivenName, string? FamilyName, string? OrcidUrl, string? Affiliation);

/// <summary>A title or description with its language and type.</summary>
internal sealed record DataCiteText(string Text, string? Language, string? Type);

/// <summary>A relatedIdentifier.</summary>
internal sealed record DataCiteRelation(string Value, string IdentifierType, string RelationType, string? ResourceTypeGeneral);

/// <summary>The journal as a relatedItem.</summary>
internal sealed record DataCiteJournal(string? Issn, string? Title, IReadOnlyList<string> OtherTitles, string? Volume, string? Issue);
