using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Understanding;
using Xunit.Abstractions;

namespace Roots.App.Tests.Connect;

/// <summary>
/// One article collected as HTML, Markdown and PDF is one document: the three are linked as
/// near-duplicates when kept and by <c>roots dupes</c>, in English and in Chinese, while another
/// article on the same subject stays unlinked.
/// </summary>
public sealed class CrossFormatDuplicateTests(ITestOutputHelper output) : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddAndDupes_OneArticleInThreeFormats_IsLinked_AnotherOnTheSameSubjectIsNot()
    {
        // given four articles (two subjects, en and zh) each added as HTML, Markdown and PDF, one file at a time
        var ids = await AddAllAsync();
        var opened = StoreOpener.Open(_folder.Directory, _folder.Library.Config.StoreLocation, null, migrate: false);
        Assert.True(opened.IsSuccess, opened.Error);
        using var store = opened.Value;
        var hashes = (await store.AllSimHashesAsync()).ToDictionary(h => h.ItemId, h => h.Hash);
        var names = ids.Keys.Order(StringComparer.Ordinal).ToList();
        var texts = new Dictionary<string, string>();
        foreach (var name in names)
        {
            texts[name] = (await store.GetTextAsync(ids[name]))!;
            Assert.Equal(BodySimHash.Compute(texts[name]), hashes[ids[name]]);
        }

        // (the figures: the whole text's fingerprint, as kept before, against the body's)
        foreach (var (a, b) in names.SelectMany(a => names.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b))))
        {
            output.WriteLine($"{a,-18} {b,-18} whole text {SimHash.Distance(SimHash.Compute(texts[a]), SimHash.Compute(texts[b])),2}, body {SimHash.Distance(hashes[ids[a]], hashes[ids[b]]),2}, shared shingles {ShingleOverlap.Containment(texts[a], texts[b]):P0}");
        }

        // when kept, then each file is linked to the two other formats of its article and to nothing else
        foreach (var name in names)
        {
            var linked = (await store.LinksFromAsync(ids[name], LinkKinds.NearDuplicate)).Select(l => l.TargetId).Order().ToList();
            var expected = names.Where(n => n != name && Article(n) == Article(name)).Select(n => ids[n]).Order().ToList();
            Assert.True(expected.SequenceEqual(linked), $"{name}: linked to {string.Join(", ", linked)}, expected {string.Join(", ", expected)}");
        }

        // and roots dupes finds the same four groups of three
        var groups = await _folder.Library.Duplicates.FindAsync();
        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.Single(g.Items.Select(i => Article(names.Single(n => ids[n] == i.Id))).Distinct()));
        Assert.All(groups, g => Assert.Equal(3, g.Items.Count));
        Assert.All(groups.SelectMany(g => g.Pairs), p => Assert.StartsWith("simhash distance ", p.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAndDupes_APageWithReadersComments_IsLinkedToThePdfByItsSharedShingles()
    {
        // given the PDF of an article, then its web page with a reader's comment under it (what the fingerprint alone no longer matches)
        var article = CrossFormatSamples.MeteringEn;
        var pdf = await _folder.Library.Files.AddPathsAsync([WriteBytes("metering.pdf", article.Pdf())], AddOptions.None);
        var page = await _folder.Library.Files.AddPathsAsync([_folder.Write("metering.html", article.Html(
            "We tried exactly this last quarter: a tokenizer in front of every call, estimates logged beside the invoices, a hard monthly limit per team."))], AddOptions.None);
        long pdfId = Assert.Single(pdf.ItemIds), pageId = Assert.Single(page.ItemIds);

        // when kept, then the page is linked to the PDF, the evidence saying how much they share
        var opened = StoreOpener.Open(_folder.Directory, _folder.Library.Config.StoreLocation, null, migrate: false);
        using var store = opened.Value;
        var hashes = (await store.AllSimHashesAsync()).ToDictionary(h => h.ItemId, h => h.Hash);
        output.WriteLine($"distance {SimHash.Distance(hashes[pdfId], hashes[pageId])}");
        var link = Assert.Single(await store.LinksFromAsync(pageId, LinkKinds.NearDuplicate));
        Assert.Equal(pdfId, link.TargetId);
        Assert.Matches("^simhash distance ([4-9]|1[0-2]); shares 9[0-9]% of its word shingles$", link.Evidence);

        // and roots dupes agrees
        var group = Assert.Single(await _folder.Library.Duplicates.FindAsync());
        Assert.Equal(link.Evidence, Assert.Single(group.Pairs).Evidence);
    }

    [Fact]
    public async Task Add_AOneLineNote_IsLinkedToNothing()
    {
        // given the articles, then a one-line note on their subject and a copy of that note's line inside a list
        await AddAllAsync();
        var note = await _folder.Library.Files.AddPathsAsync([_folder.Write("note.md", "Tokens are billed before they count.\n")], AddOptions.None);
        var list = await _folder.Library.Files.AddPathsAsync([_folder.Write("list.md", "- tokens\n- budgets\n- Tokens are billed before they count.\n")], AddOptions.None);

        // then neither is a near-duplicate of anything
        var opened = StoreOpener.Open(_folder.Directory, _folder.Library.Config.StoreLocation, null, migrate: false);
        using var store = opened.Value;
        Assert.Empty(await store.LinksFromAsync(Assert.Single(note.ItemIds), LinkKinds.NearDuplicate));
        Assert.Empty(await store.LinksFromAsync(Assert.Single(list.ItemIds), LinkKinds.NearDuplicate));
        Assert.Equal(4, (await _folder.Library.Duplicates.FindAsync()).Count);
    }

    [Fact]
    public async Task Add_AllFormatsInOneRun_AreLinkedFromMemory()
    {
        // given an article's PDF, Markdown and two web pages (one with a reader's comment) added in one run
        var article = CrossFormatSamples.MeteringZh;
        string[] paths =
        [
            WriteBytes("a.pdf", article.Pdf()), _folder.Write("a.md", article.Markdown()), _folder.Write("a.html", article.Html()),
            _folder.Write("b.html", article.Html("我们上个季度正好试过：每次调用之前先用分词器估算，估算值和发票记录在一起，每个团队每月设一个硬性上限，结果省下的钱比预想的多。")),
        ];
        var report = await _folder.Library.Files.AddPathsAsync(paths, AddOptions.None);
        Assert.Equal(4, report.ItemIds.Count);

        // then every one is linked when kept, and roots dupes groups the four
        var opened = StoreOpener.Open(_folder.Directory, _folder.Library.Config.StoreLocation, null, migrate: false);
        using var store = opened.Value;
        foreach (var id in report.ItemIds)
        {
            Assert.NotEmpty(await store.LinksFromAsync(id, LinkKinds.NearDuplicate));
        }

        Assert.Equal(4, Assert.Single(await _folder.Library.Duplicates.FindAsync()).Items.Count);
    }

    private static string Article(string fileName) => Path.GetFileNameWithoutExtension(fileName);

    /// <summary>Adds the four articles in three formats each, one file at a time, through <c>roots add</c>'s use case; item ids by file name.</summary>
    private async Task<Dictionary<string, long>> AddAllAsync()
    {
        var ids = new Dictionary<string, long>();
        var articles = new (string Name, CrossFormatArticles Article)[]
        {
            ("metering-en", CrossFormatSamples.MeteringEn), ("budgets-en", CrossFormatSamples.BudgetsEn),
            ("metering-zh", CrossFormatSamples.MeteringZh), ("budgets-zh", CrossFormatSamples.BudgetsZh),
        };
        foreach (var (name, article) in articles)
        {
            string[] paths =
            [
                _folder.Write(name + ".html", article.Html()),
                _folder.Write(name + ".md", article.Markdown()),
                WriteBytes(name + ".pdf", article.Pdf()),
            ];
            foreach (var path in paths)
            {
                var report = await _folder.Library.Files.AddPathsAsync([path], AddOptions.None);
                Assert.True(report.Failures.Count == 0, string.Join("; ", report.Failures.Select(f => f.Reason)));
                ids[Path.GetFileName(path)] = Assert.Single(report.ItemIds);
            }
        }

        return ids;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Inputs, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
