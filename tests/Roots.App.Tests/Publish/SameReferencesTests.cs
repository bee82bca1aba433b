using Roots.App.UseCases;

namespace Roots.App.Tests.Publish;

/// <summary>
/// Two files that are translations of each other, detected without being told: a Chinese essay and
/// its English version in separate files keep the same reference list, so they publish as two
/// language versions of one work; two papers sharing a reference or two are not paired.
/// </summary>
public sealed class SameReferencesTests : IDisposable
{
    private const string References = """

        参考文献 / References:
        https://doi.org/10.5281/zenodo.17978371
        https://doi.org/10.5281/zenodo.19044755
        https://doi.org/10.5281/zenodo.20201895
        https://doi.org/10.5281/zenodo.20352371
        """;

    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AnEssayAndItsTranslation_InTwoFiles_CitingTheSameWorks_AreOneWork()
    {
        _folder.Configure("site:\n  base_url: https://times.net.au/\n  languages: [zh, en]\n");
        string zh = _folder.Write("ciyuan.txt", "词元之后\n\n词元只是燃料，系统才是发动机。真正稀缺的是能够驾驭词元的人，以及他们所建立起来的结构。" + References);
        string en = _folder.Write("beyond.txt", "Beyond Tokens\n\nTokens are merely fuel; the system is the engine. What is truly scarce is the person who can harness tokens." + References);
        string other = _folder.Write("other.txt", "Another paper\n\nA different English paper that cites one of the same works and nothing else.\nhttps://doi.org/10.5281/zenodo.17978371\n");
        await _folder.Library.Files.AddPathsAsync([zh, en, other], AddOptions.None);
        using var writer = new StringWriter();
        var items = await _folder.Library.Read.ListAsync(Core.Ports.ItemFilter.None);
        string chinese = items.Single(i => i.Title == "词元之后").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var exported = await _folder.Library.Export.ExportAsync([chinese], "datacite", writer);
        string output = Path.Combine(_folder.Root, "site");
        var published = await _folder.Library.Site.PublishAsync(new App.Publish.PublishOptions { OutputDirectory = output });

        Assert.True(exported.IsSuccess, exported.Error);
        Assert.Contains("<title xml:lang=\"en\" titleType=\"TranslatedTitle\">Beyond Tokens</title>", writer.ToString());
        Assert.True(published.IsSuccess, published.Error);
        Assert.Equal((3, 2), (published.Value.Items, published.Value.Works));
    }
}
