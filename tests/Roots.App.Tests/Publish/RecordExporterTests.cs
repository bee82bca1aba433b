using Roots.App.Publish;
using Roots.App.UseCases;

namespace Roots.App.Tests.Publish;

/// <summary><see cref="RecordExporter"/>, in process: the items' records in the open metadata formats.</summary>
public sealed class RecordExporterTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_OfOneItem_AsBibTex_WritesItsTitleAndDoi()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("tea.md", "---\ntitle: Oolong Notes\ndoi: 10.5281/zenodo.1234567\n---\n\ncold brew oolong")], AddOptions.None);
        using var writer = new StringWriter();

        var exported = await _folder.Library.Export.ExportAsync(["1"], "bibtex", writer);

        Assert.True(exported.IsSuccess, exported.Error);
        Assert.Equal(1, exported.Value);
        string text = writer.ToString();
        Assert.StartsWith("@", text.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Oolong Notes", text, StringComparison.Ordinal);
        Assert.Contains("10.5281/zenodo.1234567", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportRecords_WithNoIds_GivesEveryItemsRecord()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("a.md", "# First\n\none"), _folder.Write("b.md", "# Second\n\ntwo")], AddOptions.None);

        var records = await _folder.Library.Export.ExportRecordsAsync([]);

        Assert.True(records.IsSuccess, records.Error);
        Assert.Equal(2, records.Value.Count);
    }

    [Fact]
    public async Task Export_OfAnUnknownIdOrFormat_OrManyItemsInAOneRecordFormat_FailsWithAReason()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("a.md", "# First\n\none"), _folder.Write("b.md", "# Second\n\ntwo")], AddOptions.None);
        using var writer = new StringWriter();

        var unknownId = await _folder.Library.Export.ExportAsync(["42"], "bibtex", writer);
        var unknownFormat = await _folder.Library.Export.ExportAsync(["1"], "no-such-format", writer);
        var many = await _folder.Library.Export.ExportAsync(["1", "2"], "datacite", writer);

        Assert.Contains("no item '42'", unknownId.Error);
        Assert.False(unknownFormat.IsSuccess);
        Assert.Contains("one record per document", many.Error);
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void FormatNames_AndMediaTypes_AreKnownWithoutALibrary()
    {
        Assert.Contains("csl-json", RecordExporter.ExportFormatNames);
        Assert.Equal("application/vnd.citationstyles.csl+json", RecordExporter.ExportMediaType("csl-json"));
        Assert.Null(RecordExporter.ExportMediaType("no-such-format"));
    }
}
