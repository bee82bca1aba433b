using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Writes simple Dublin Core in the OAI-PMH <c>oai_dc</c> container, the format every OAI-PMH
/// harvester (library catalogues, BASE, OpenAIRE) reads.
/// </summary>
/// <remarks>
/// Titles, descriptions and subjects carry <c>xml:lang</c>; <c>dc:type</c> gives the DCMI type
/// and the OpenAIRE <c>info:eu-repo/semantics</c> type; identifiers are resolvable URLs. oai_dc has
/// no collection form (OAI-PMH wraps records itself): one document per record. Stateless and
/// thread-safe.
/// </remarks>
public sealed class OaiDcExporter : IMetadataExporter
{
    private const string OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <inheritdoc />
    public string Name => "dc";

    /// <inheritdoc />
    public string MediaType => "application/xml";

    /// <inheritdoc />
    public string FileExtension => ".xml";

    /// <inheritdoc />
    public void Write(PublicationRecord record, TextWriter writer)
    {
        var r = ResolvedRecord.Of(record);
        using var xml = new XmlOutput(writer);
        xml.Start("dc", OaiDc, "oai_dc");
        xml.Namespace("oai_dc", OaiDc);
        xml.Namespace("dc", Dc);
        xml.Namespace("xsi", Xsi);
        xml.Attribute("xsi", "schemaLocation", Xsi, OaiDc + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");

        var titles = r.Title is null ? r.TranslatedTitles : [r.Title, .. r.TranslatedTitles];
        foreach (var title in titles)
        {
            Element(xml, "title", title.Text, title.Language);
        }

        foreach (var creator in r.Creators)
        {
            Element(xml, "creator", CreatorNames.Inverted(creator));
        }

        foreach (var keyword in r.Keywords)
        {
            Element(xml, "subject", keyword.Text, keyword.Language);
        }

        foreach (var subject in record.Subjects)
        {
            Element(xml, "subject", subject.Term, subject.Language);
        }

        foreach (var description in r.Abstracts)
        {
            Element(xml, "description", description.Text, description.Language);
        }

        Element(xml, "publisher", r.Publisher);
        Element(xml, "date", record.PublicationDate?.ToIsoString());
        Element(xml, "type", "Text");
        Element(xml, "type", r.Type.EuRepo);
        var identifiers = new[] { r.DoiUrl, r.LandingPage }.Concat(record.Identifiers.Select(id => id.Link ?? id.ToString()));
        foreach (string identifier in identifiers.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            Element(xml, "identifier", identifier);
        }

        if (r.JournalTitle is { } journal)
        {
            Element(xml, "source", r.Issn is null ? journal.Text : journal.Text + ", ISSN " + r.Issn, journal.Language);
        }

        if (r.Issn is { } issn)
        {
            Element(xml, "relation", "urn:issn:" + issn);
        }

        Element(xml, "language", r.Language);
        foreach (var related in record.RelatedIdentifiers)
        {
            Element(xml, "relation", related.Target.Link ?? related.Target.ToString());
        }

        Element(xml, "rights", r.LicenseUrl ?? r.License?.DisplayName);
        xml.End();
    }

    private static void Element(XmlOutput xml, string name, string? text, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(CleanText.Of(text)))
        {
            return;
        }

        xml.Start(name, Dc, "dc");
        xml.Lang(LanguageTagSyntax.IsValid(language) ? language : null);
        xml.Text(text!.Trim());
        xml.End();
    }
}
