using Roots.Publish.Export;

namespace Roots.Publish.Tests.Export;

public sealed class ExportFormatsTests
{
    [Fact]
    public void Find_EveryListedName_ReturnsTheExporterOfThatName()
    {
        foreach (string name in ExportFormats.Names)
        {
            var exporter = ExportFormats.Default.Find(name);

            Assert.True(exporter.IsSuccess, exporter.Error);
            Assert.Equal(name, exporter.Value.Name);
            Assert.StartsWith(".", exporter.Value.FileExtension, StringComparison.Ordinal);
            Assert.Contains('/', exporter.Value.MediaType);
        }

        Assert.Equal(ExportFormats.Names, ExportFormats.Default.All.Select(e => e.Name));
    }

    [Fact]
    public void Find_UpperCaseAndSpaces_StillFound()
    {
        Assert.True(ExportFormats.Default.TryGet(" BibTeX ", out var exporter));
        Assert.IsType<BibTexExporter>(exporter);
    }

    [Fact]
    public void Find_UnknownName_FailsListingTheKnownFormats()
    {
        var result = ExportFormats.Default.Find("marc21");

        Assert.False(result.IsSuccess);
        Assert.Contains("marc21", result.Error, StringComparison.Ordinal);
        Assert.Contains("datacite, datacite-json, zenodo, bibtex, ris, csl-json, dc, jsonld", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void All_CollectionFormats_AreMultiRecordExporters()
    {
        var multi = ExportFormats.Default.All.OfType<IMultiRecordExporter>().Select(e => e.Name).ToList();

        Assert.Equal(["datacite-json", "bibtex", "ris", "csl-json", "jsonld"], multi);
    }
}
