using System.Xml.Linq;
using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;
using Roots.TestKit;

namespace Roots.Publish.Tests.Export;

/// <summary>
/// The DataCite XML validated with System.Xml.Schema against the official kernel-4.7 XSD in
/// ../shared/schemas/datacite-4.7 (skipped with a message when that folder is absent).
/// </summary>
public sealed class DataCiteSchemaTests
{
    private static readonly XNamespace s_xml = XNamespace.Xml;

    public static IEnumerable<(string Name, PublicationRecord Record)> Records_ =>
    [
        ("bilingual-zh", Records.BilingualZh),
        ("bilingual-en", Records.BilingualEn),
        ("minimal", Records.Minimal),
        ("empty", Records.Empty),
        ("hostile", Records.Hostile),
    ];

    [DataCiteSchemaFact]
    public void OfficialExamples_AllSeventeen_ValidateAgainstTheXsd()
    {
        // Given the official example records: proves the validator setup accepts what DataCite accepts
        var examples = ExampleFiles();
        Assert.Equal(17, examples.Count);

        foreach (string path in examples)
        {
            using var reader = File.OpenText(path);
            var problems = DataCiteSchema.Validate(reader);
            Assert.True(problems.Count == 0, Path.GetFileName(path) + ": " + string.Join("; ", problems));
        }
    }

    [DataCiteSchemaFact]
    public void Validator_InvalidRecord_IsRejected()
    {
        // A record without creators and with a bad resourceTypeGeneral must fail, or the test proves nothing.
        string invalid = """
            <?xml version="1.0" encoding="UTF-8"?>
            <resource xmlns="http://datacite.org/schema/kernel-4">
              <identifier identifierType="DOI">10.1234/x</identifier>
              <titles><title>t</title></titles>
              <publisher>p</publisher>
              <publicationYear>20x6</publicationYear>
              <resourceType resourceTypeGeneral="Essay"/>
            </resource>
            """;

        var problems = DataCiteSchema.Validate(new StringReader(invalid));

        Assert.NotEmpty(problems);
    }

    [DataCiteSchemaFact]
    public void Write_EveryFixture_ValidatesAgainstTheXsd()
    {
        var exporter = new DataCiteXmlExporter(Records.Options);
        foreach (var (name, record) in Records_)
        {
            string xml = exporter.WriteToString(record);

            var problems = DataCiteSchema.Validate(new StringReader(xml));

            Assert.True(problems.Count == 0, name + ": " + string.Join("; ", problems));
        }
    }

    [DataCiteSchemaFact]
    public void Write_EveryFixture_UsesOnlyElementShapesTheOfficialExamplesUse()
    {
        // Given every (element path, attribute) pair that occurs in the 17 official examples
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in ExampleFiles())
        {
            foreach (string shape in Shapes(XDocument.Load(path)))
            {
                known.Add(shape);
            }
        }

        // Then each of our records uses only pairs that occur there
        var exporter = new DataCiteXmlExporter(Records.Options);
        foreach (var (name, record) in Records_)
        {
            var unknown = Shapes(XDocument.Parse(exporter.WriteToString(record))).Where(s => !known.Contains(s)).Distinct().ToList();
            Assert.True(unknown.Count == 0, name + " uses shapes no official example uses: " + string.Join(", ", unknown));
        }
    }

    [Fact]
    public void Write_Bilingual_HasTranslatedTitleOrcidIssnAndTranslationLinks()
    {
        var doc = XDocument.Parse(new DataCiteXmlExporter(Records.Options).WriteToString(Records.BilingualZh));
        XNamespace ns = DataCiteResource.Namespace;

        var titles = doc.Descendants(ns + "titles").First().Elements(ns + "title").ToList();
        Assert.Equal("zh", (string?)titles[0].Attribute(s_xml + "lang"));
        Assert.Null(titles[0].Attribute("titleType"));
        Assert.Equal("en", (string?)titles[1].Attribute(s_xml + "lang"));
        Assert.Equal("TranslatedTitle", (string?)titles[1].Attribute("titleType"));

        var orcid = doc.Descendants(ns + "nameIdentifier").Single();
        Assert.Equal("ORCID", (string?)orcid.Attribute("nameIdentifierScheme"));
        Assert.Equal("https://orcid.org", (string?)orcid.Attribute("schemeURI"));
        Assert.Equal("https://orcid.org/0009-0009-5318-3027", orcid.Value);

        var related = doc.Descendants(ns + "relatedIdentifier").ToList();
        Assert.Contains(related, r => (string?)r.Attribute("relationType") == "IsPublishedIn" && (string?)r.Attribute("relatedIdentifierType") == "ISSN" && r.Value == "3083-5178");
        Assert.Contains(related, r => (string?)r.Attribute("relationType") == "HasTranslation" && r.Value == "10.5281/zenodo.20400002");
        Assert.Equal("JournalArticle", (string?)doc.Descendants(ns + "resourceType").Single().Attribute("resourceTypeGeneral"));
        Assert.Equal("Issued", (string?)doc.Descendants(ns + "date").Single().Attribute("dateType"));
        Assert.Equal("CC-BY-4.0", (string?)doc.Descendants(ns + "rights").Single().Attribute("rightsIdentifier"));
    }

    [Fact]
    public void Write_TranslatedVersion_LinksBackWithIsTranslationOf()
    {
        var doc = XDocument.Parse(new DataCiteXmlExporter(Records.Options).WriteToString(Records.BilingualEn));
        XNamespace ns = DataCiteResource.Namespace;

        Assert.Contains(doc.Descendants(ns + "relatedIdentifier"), r => (string?)r.Attribute("relationType") == "IsTranslationOf" && r.Value == "10.5281/zenodo.20400001");
        Assert.Equal("en", doc.Descendants(ns + "language").Single().Value);
        Assert.Equal("Beyond Tokens: What Is Truly Scarce in the Age of AI?", doc.Descendants(ns + "title").First().Value);
    }

    [Fact]
    public void Write_NoCreatorsDateOrDoi_UsesStandardValuesForMandatoryProperties()
    {
        var doc = XDocument.Parse(new DataCiteXmlExporter(Records.Options).WriteToString(Records.Empty));
        XNamespace ns = DataCiteResource.Namespace;

        Assert.Equal("(:tba)", doc.Descendants(ns + "identifier").Single().Value);
        Assert.Equal("(:unav)", doc.Descendants(ns + "creatorName").Single().Value);
        Assert.Equal("(:unav)", doc.Descendants(ns + "title").Single().Value);
        Assert.Equal("(:unav)", doc.Descendants(ns + "publisher").Single().Value);
        Assert.Equal("2026", doc.Descendants(ns + "publicationYear").Single().Value);
    }

    private static List<string> ExampleFiles() =>
        [.. Directory.GetFiles(Path.Combine(DataCiteSchema.Folder, "example"), "*.xml").Order(StringComparer.Ordinal)];

    // "resource/creators/creator/nameIdentifier" for an element, plus "…/nameIdentifier@schemeURI" per attribute.
    private static IEnumerable<string> Shapes(XDocument doc)
    {
        foreach (var element in doc.Descendants())
        {
            string path = string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
            yield return path;
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance")))
            {
                yield return path + "@" + attribute.Name;
            }
        }
    }
}
