using System.Text.Json;
using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Export;

public sealed class JsonExportTests
{
    private static readonly PublicationRecord[] s_all = [Records.BilingualZh, Records.BilingualEn, Records.Minimal, Records.Empty, Records.Hostile];

    [Fact]
    public void Zenodo_EveryFixture_HasTheRequiredFields()
    {
        var exporter = new ZenodoExporter(Records.Options);
        foreach (var record in s_all)
        {
            using var doc = JsonDocument.Parse(exporter.WriteToString(record));
            var metadata = doc.RootElement.GetProperty("metadata");

            foreach (string field in new[] { "upload_type", "publication_type", "title", "description", "publication_date", "access_right" })
            {
                Assert.True(metadata.TryGetProperty(field, out var value) && value.GetString()!.Length > 0, $"{record.Id}: {field} missing");
            }

            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", metadata.GetProperty("publication_date").GetString());
            var creators = metadata.GetProperty("creators");
            Assert.True(creators.GetArrayLength() > 0);
            Assert.All(creators.EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString())));
        }
    }

    [Fact]
    public void Zenodo_Bilingual_UsesIso6393LanguageOrcidAndFamilyGivenName()
    {
        using var doc = JsonDocument.Parse(new ZenodoExporter(Records.Options).WriteToString(Records.BilingualZh));
        var metadata = doc.RootElement.GetProperty("metadata");

        Assert.Equal("zho", metadata.GetProperty("language").GetString());
        var creator = metadata.GetProperty("creators")[0];
        Assert.Equal("Wu, Zhaohui", creator.GetProperty("name").GetString());
        Assert.Equal("0009-0009-5318-3027", creator.GetProperty("orcid").GetString());
        Assert.Equal("时代跃迁", metadata.GetProperty("journal_title").GetString());
        Assert.Equal("cc-by-4.0", metadata.GetProperty("license").GetString());
    }

    [Fact]
    public void Zenodo_DescriptionIsEscapedHtml()
    {
        using var doc = JsonDocument.Parse(new ZenodoExporter(Records.Options).WriteToString(Records.Hostile));
        string description = doc.RootElement.GetProperty("metadata").GetProperty("description").GetString()!;

        Assert.DoesNotContain("<script", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", description, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;", description, StringComparison.Ordinal);
    }

    [Fact]
    public void DataCiteJson_EveryFixture_HasTheRestApiShape()
    {
        var exporter = new DataCiteJsonExporter(Records.Options);
        foreach (var record in s_all)
        {
            using var doc = JsonDocument.Parse(exporter.WriteToString(record));
            var data = doc.RootElement.GetProperty("data");
            Assert.Equal("dois", data.GetProperty("type").GetString());
            var attributes = data.GetProperty("attributes");
            Assert.True(attributes.GetProperty("creators").GetArrayLength() > 0);
            Assert.True(attributes.GetProperty("titles").GetArrayLength() > 0);
            Assert.False(string.IsNullOrEmpty(attributes.GetProperty("publisher").GetProperty("name").GetString()));
            Assert.InRange(attributes.GetProperty("publicationYear").GetInt32(), 1000, 9999);
            Assert.Equal("JournalArticle", attributes.GetProperty("types").GetProperty("resourceTypeGeneral").GetString());
        }
    }

    [Fact]
    public void DataCiteJson_WriteAll_IsADataArray()
    {
        using var writer = new StringWriter();
        new DataCiteJsonExporter(Records.Options).WriteAll([Records.BilingualZh, Records.BilingualEn], writer);

        using var doc = JsonDocument.Parse(writer.ToString());
        var data = doc.RootElement.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal("10.5281/zenodo.20400002", data[1].GetProperty("attributes").GetProperty("doi").GetString());
    }

    [Fact]
    public void CslJson_EveryFixture_IsAnArrayOfItemsWithIdAndType()
    {
        var exporter = new CslJsonExporter();
        foreach (var record in s_all)
        {
            using var doc = JsonDocument.Parse(exporter.WriteToString(record));
            var item = Assert.Single(doc.RootElement.EnumerateArray());
            Assert.Equal(record.Id.Replace("\n", " ", StringComparison.Ordinal).Trim(), item.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("type").GetString()));
        }
    }

    [Fact]
    public void CslJson_Bilingual_HasDatePartsAndContainer()
    {
        using var doc = JsonDocument.Parse(new CslJsonExporter().WriteToString(Records.BilingualZh));
        var item = doc.RootElement[0];

        Assert.Equal("article-journal", item.GetProperty("type").GetString());
        Assert.Equal(2026, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("时代跃迁", item.GetProperty("container-title").GetString());
        Assert.Equal("Wu", item.GetProperty("author")[0].GetProperty("family").GetString());
    }

    [Fact]
    public void JsonLd_Bilingual_IsScholarlyArticleInPeriodicalWithIssnOrcidAndDoi()
    {
        using var doc = JsonDocument.Parse(new JsonLdExporter().WriteToString(Records.BilingualZh));
        var root = doc.RootElement;

        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", root.GetProperty("@type").GetString());
        Assert.Equal("zh", root.GetProperty("inLanguage").GetString());
        Assert.Equal("2026-06-01", root.GetProperty("datePublished").GetString());
        var author = root.GetProperty("author")[0];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("https://orcid.org/0009-0009-5318-3027", author.GetProperty("@id").GetString());
        Assert.Equal("https://orcid.org/0009-0009-5318-3027", author.GetProperty("sameAs").GetString());
        var identifier = root.GetProperty("identifier")[0];
        Assert.Equal("PropertyValue", identifier.GetProperty("@type").GetString());
        Assert.Equal("DOI", identifier.GetProperty("propertyID").GetString());
        var periodical = root.GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("isPartOf");
        Assert.Equal("Periodical", periodical.GetProperty("@type").GetString());
        Assert.Equal("3083-5178", periodical.GetProperty("issn").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", root.GetProperty("license").GetString());
    }

    [Fact]
    public void JsonLd_WriteAll_IsOneGraph()
    {
        using var writer = new StringWriter();
        new JsonLdExporter().WriteAll([Records.BilingualZh, Records.BilingualEn], writer);

        using var doc = JsonDocument.Parse(writer.ToString());
        Assert.Equal(2, doc.RootElement.GetProperty("@graph").GetArrayLength());
    }
}
