using Roots.Publish.Metadata;

namespace Roots.Publish.Head;

/// <summary>
/// Builds Dublin Core <c>&lt;meta name="DC.*"&gt;</c> tags (DCMI "Expressing Dublin Core in HTML
/// meta elements"), which library harvesters and some national web archives read.
/// </summary>
/// <remarks>
/// Titles, descriptions and subjects carry a <c>lang</c> attribute, so every language version is
/// present. Put <see cref="SchemaLink"/> in the head once to declare the DC prefix. Stateless
/// and thread-safe.
/// </remarks>
public static class DublinCoreTags
{
    /// <summary>The <c>&lt;link&gt;</c> that declares the <c>DC</c> prefix, to be written once in the head.</summary>
    public const string SchemaLink = "<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">";

    /// <summary>The tags for <paramref name="record"/>; tags with no value are left out.</summary>
    public static IReadOnlyList<MetaTag> Build(PublicationRecord record)
    {
        var r = ResolvedRecord.Of(record);
        var tags = new List<MetaTag>();
        void Add(string key, string? value, string? language = null)
        {
            string text = CleanText.OneLine(value);
            if (text.Length > 0)
            {
                tags.Add(MetaTag.Name(key, text, language));
            }
        }

        var titles = r.Title is null ? r.TranslatedTitles : [r.Title, .. r.TranslatedTitles];
        foreach (var title in titles)
        {
            Add("DC.title", title.Text, title.Language);
        }

        foreach (var creator in r.Creators)
        {
            Add("DC.creator", CreatorNames.Inverted(creator));
        }

        foreach (var keyword in r.Keywords)
        {
            Add("DC.subject", keyword.Text, keyword.Language);
        }

        foreach (var description in r.Abstracts)
        {
            Add("DC.description", description.Text, description.Language);
        }

        Add("DC.publisher", r.Publisher);
        Add("DC.date", record.PublicationDate?.ToIsoString());
        Add("DC.type", "Text");
        Add("DC.format", "text/html");
        Add("DC.identifier", r.DoiUrl);
        Add("DC.identifier", r.LandingPage);
        Add("DC.source", r.JournalTitle is { } journal ? (r.Issn is null ? journal.Text : journal.Text + ", ISSN " + r.Issn) : null);
        Add("DC.language", r.Language);
        Add("DC.rights", r.LicenseUrl ?? r.License?.DisplayName);
        return tags;
    }
}
