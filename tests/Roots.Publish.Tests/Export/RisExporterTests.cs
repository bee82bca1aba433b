using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Export;

public sealed class RisExporterTests
{
    public static TheoryData<string> Fixtures() => ["bilingual", "minimal", "empty", "hostile"];

    private static PublicationRecord Fixture(string name) => name switch
    {
        "bilingual" => Records.BilingualZh,
        "minimal" => Records.Minimal,
        "empty" => Records.Empty,
        _ => Records.Hostile,
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Write_AnyRecord_EveryLineEndsWithCrlfStartsWithTyAndEndsWithEr(string fixture)
    {
        string ris = new RisExporter().WriteToString(Fixture(fixture));

        Assert.EndsWith("\r\n", ris, StringComparison.Ordinal);
        var lines = ris[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.DoesNotContain('\n', line));
        Assert.All(lines, line => Assert.DoesNotContain('\r', line));
        Assert.StartsWith("TY  - ", lines[0], StringComparison.Ordinal);
        Assert.Equal("ER  - ", lines[^1]);
        Assert.All(lines, line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.Single(lines, line => line.StartsWith("ER  - ", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Bilingual_HasTheTagsCatalogersExpect()
    {
        var lines = new RisExporter().WriteToString(Records.BilingualZh).Split("\r\n");

        Assert.Contains("TY  - JOUR", lines);
        Assert.Contains("AU  - Wu, Zhaohui", lines);
        Assert.Contains("DO  - 10.5281/zenodo.20400001", lines);
        Assert.Contains("SN  - 3083-5178", lines);
        Assert.Contains("PY  - 2026", lines);
        Assert.Contains("DA  - 2026/06/01/", lines);
        Assert.Contains("LA  - zh", lines);
        Assert.Contains("T2  - 时代跃迁", lines);
        Assert.Contains("JO  - 时代跃迁", lines);
        Assert.Contains("UR  - https://times.net.au/beyond-tokens/zh", lines);
        Assert.Contains("KW  - 词元", lines);
        Assert.Contains(lines, l => l.StartsWith("AB  - 词元（Token）", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteAll_TwoRecords_TwoCompleteRecords()
    {
        using var writer = new StringWriter();
        new RisExporter().WriteAll([Records.BilingualZh, Records.BilingualEn], writer);
        var lines = writer.ToString().Split("\r\n");

        Assert.Equal(2, lines.Count(l => l.StartsWith("TY  - ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l == "ER  - "));
    }
}
