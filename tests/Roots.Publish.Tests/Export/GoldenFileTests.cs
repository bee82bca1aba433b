using Roots.Publish.Export;
using Roots.Publish.Head;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Export;

public sealed class GoldenFileTests
{
    public static TheoryData<string, string> FormatsAndFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (string format in ExportFormats.Names)
        {
            foreach (var (fixture, _) in Records.GoldenFixtures)
            {
                data.Add(format, fixture);
            }
        }

        return data;
    }

    public static TheoryData<string> MultiRecordFormats() =>
        [.. Records.Formats.All.OfType<IMultiRecordExporter>().Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(FormatsAndFixtures))]
    public void Write_Fixture_MatchesGoldenFile(string format, string fixture)
    {
        // Given an exporter and a fixture record
        var exporter = Records.Formats.Find(format).Value;
        var record = Records.GoldenFixtures.Single(f => f.Name == fixture).Record;

        // When it is written
        string output = exporter.WriteToString(record);

        // Then the output is byte-identical to the golden file
        GoldenFile.AssertMatches($"{fixture}.{format}{exporter.FileExtension}", output);
    }

    [Theory]
    [MemberData(nameof(MultiRecordFormats))]
    public void WriteAll_BothLanguageVersions_MatchesGoldenFile(string format)
    {
        var exporter = (IMultiRecordExporter)Records.Formats.Find(format).Value;
        using var writer = new StringWriter();

        exporter.WriteAll([Records.BilingualZh, Records.BilingualEn], writer);

        GoldenFile.AssertMatches($"collection.{format}{exporter.FileExtension}", writer.ToString());
    }

    [Fact]
    public void HeadMetadata_Bilingual_MatchesGoldenFile()
    {
        using var writer = new StringWriter();
        writer.Write(DublinCoreTags.SchemaLink + "\n");
        MetaTagRenderer.Render(GoogleScholarTags.Build(Records.BilingualZh), writer);
        MetaTagRenderer.Render(OpenGraphTags.Build(Records.BilingualZh), writer);
        MetaTagRenderer.Render(DublinCoreTags.Build(Records.BilingualZh), writer);
        new JsonLdExporter().WriteScript(Records.BilingualZh, writer);

        GoldenFile.AssertMatches("bilingual.head.html", writer.ToString());
    }

    [Fact]
    public void HeadMetadata_Minimal_MatchesGoldenFile()
    {
        using var writer = new StringWriter();
        MetaTagRenderer.Render(GoogleScholarTags.Build(Records.Minimal), writer);
        MetaTagRenderer.Render(OpenGraphTags.Build(Records.Minimal), writer);
        MetaTagRenderer.Render(DublinCoreTags.Build(Records.Minimal), writer);
        new JsonLdExporter().WriteScript(Records.Minimal, writer);

        GoldenFile.AssertMatches("minimal.head.html", writer.ToString());
    }
}
