using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>Links from structure (issue 22, item 5): hyperlinks between collected pages and wikilinks between notes are mentions.</summary>
public sealed class LinkStructureTests : IAsyncLifetime, IDisposable
{
    private readonly TempLibrary _lib = new();
    private WebFixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new WebFixtureServer();
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _lib.Dispose();

    private async Task<List<(long Source, string Kind, long Target, string Evidence)>> LinksAsync()
    {
        var graph = JsonDocument.Parse((await _lib.Roots("graph", "--format", "json")).Stdout).RootElement;
        return [.. graph.GetProperty("links").EnumerateArray()
            .Select(l => (l.GetProperty("source").GetInt64(), l.GetProperty("kind").GetString()!, l.GetProperty("target").GetInt64(), l.GetProperty("evidence").GetString()!))];
    }

    private async Task<Dictionary<string, long>> IdsByTitleAsync() =>
        (await _lib.Json("list", "--json")).EnumerateArray().ToDictionary(i => i.GetProperty("title").GetString()!, i => i.GetProperty("id").GetInt64());

    [Fact]
    public async Task AddTwoPagesThatLinkToEachOther_GraphConnectsThemBothWays()
    {
        // given two pages collected one after the other: the first links to the second by a relative
        // address (before the second is collected), the second back to the first by its absolute URL
        string beta = _server.Url("page/beta");
        string alpha = _server.Page("alpha", "Why libraries copy",
            "Libraries copy their holdings because a single copy is a single point of failure for memory.\n\n" +
            "The <a href=\"/page/beta#method\">essay on fixity checks</a> explains how copies are verified.");
        _server.Page("beta", "Fixity checks in practice",
            "A fixity check hashes every stored file and compares the digest with the one recorded at ingest.\n\n" +
            $"It answers the question raised in <a href=\"{alpha}\">the first essay</a> at all.");

        // when
        var first = await _lib.RootsWithEnvironment(_server.AllowEnvironment, "add", alpha);
        var second = await _lib.RootsWithEnvironment(_server.AllowEnvironment, "add", beta);

        // then
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        var ids = await IdsByTitleAsync();
        var mentions = (await LinksAsync()).Where(l => l.Kind == "mentions").ToList();
        Assert.Contains((ids["Why libraries copy"], "mentions", ids["Fixity checks in practice"], "url:" + beta), mentions);
        Assert.Contains((ids["Fixity checks in practice"], "mentions", ids["Why libraries copy"], "url:" + alpha), mentions);
        Assert.Equal(2, mentions.Count); // the navigation link to the site's home is no mention
    }

    [Fact]
    public async Task PageWithCanonicalUrl_IsMentionedByLinksToItsCanonicalAndToItsFetchedAddress()
    {
        // given a page that declares a canonical address elsewhere, and two pages citing it: one by the
        // address it was fetched from (collected before it), one by its canonical address (after it)
        string canonical = "https://example.org/essays/fixity";
        string fetched = _server.Url("page/canon");
        _server.Html("canon",
            $"<!DOCTYPE html><html lang=\"en\"><head><title>Checksums over decades</title><link rel=\"canonical\" href=\"{canonical}\"></head>" +
            "<body><article><p>Checksums recorded at ingest are compared with fresh ones every year, for decades.</p></article></body></html>");
        string early = _server.Page("early", "An early reader", $"I read <a href=\"{fetched}\">this piece</a> about digests and storage.");
        string late = _server.Page("late", "A later reader", $"The <a href=\"{canonical}\">published version</a> is where to cite it from.");

        // when
        foreach (var url in new[] { early, fetched, late })
        {
            var added = await _lib.RootsWithEnvironment(_server.AllowEnvironment, "add", url);
            Assert.True(added.ExitCode == 0, added.Stderr);
        }

        // then
        var ids = await IdsByTitleAsync();
        var mentions = (await LinksAsync()).Where(l => l.Kind == "mentions").Select(l => (l.Source, l.Target)).ToList();
        Assert.Contains((ids["An early reader"], ids["Checksums over decades"]), mentions);
        Assert.Contains((ids["A later reader"], ids["Checksums over decades"]), mentions);
        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public async Task AddNotesWithWikilinks_LinkToTheItemOfThatTitle_InEitherOrder()
    {
        // given a note that wikilinks two notes with short titles: one kept before it, one after
        _lib.Write("first/tea.md", "---\ntitle: Tea\n---\nOolong is half-fermented.");
        await _lib.Roots("add", Path.Combine(_lib.Inputs, "first"));
        _lib.Write("second/journal.md", "# Journal\n\nToday I brewed [[tea|some tea]] and read [[Water#Temperature]]; [[Nothing by this name]] stays unlinked.");
        await _lib.Roots("add", Path.Combine(_lib.Inputs, "second"));

        // when the second target arrives after the note that links to it
        _lib.Write("third/water.md", "---\ntitle: Water\n---\nBoil, then wait a minute.");
        await _lib.Roots("add", Path.Combine(_lib.Inputs, "third"));

        // then both wikilinks are mentions, and only they
        var ids = await IdsByTitleAsync();
        var mentions = (await LinksAsync()).Where(l => l.Kind == "mentions").ToList();
        Assert.Contains((ids["Journal"], "mentions", ids["Tea"], "wikilink:tea"), mentions);
        Assert.Contains((ids["Journal"], "mentions", ids["Water"], "wikilink:Water"), mentions);
        Assert.Equal(2, mentions.Count);
    }
}
