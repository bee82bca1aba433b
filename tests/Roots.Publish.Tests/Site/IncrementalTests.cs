using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;

namespace Roots.Publish.Tests.Site;

/// <summary>Same content, same bytes; one change rewrites only what shows it; a removed item's pages go.</summary>
public sealed class IncrementalTests : IDisposable
{
    private readonly List<string> _dirs = [];

    [Fact]
    public void Publish_Twice_GivesIdenticalBytes()
    {
        string a = Track(SiteFixtures.Publish().Directory);
        string b = Track(SiteFixtures.Publish().Directory);
        var filesA = Files(a);
        Assert.Equal(filesA.Keys, Files(b).Keys);
        foreach (var (path, bytes) in filesA)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, path))), $"{path} differs between two publishes");
        }
    }

    [Fact]
    public void Republish_Unchanged_RendersAndWritesNothing()
    {
        var (dir, first) = SiteFixtures.Publish();
        Track(dir);
        Assert.Equal(first.Files, first.Written);
        var again = SiteFixtures.Publish(directory: dir).Report;
        Assert.Equal(0, again.Written);
        Assert.Equal(0, again.Removed);
        Assert.True(again.Rendered <= 2, $"rendered {again.Rendered}");
    }

    [Fact]
    public void Republish_AfterOneChange_RewritesOnlyItsPagesAndIndexes()
    {
        var (dir, _) = SiteFixtures.Publish();
        Track(dir);
        var changed = SiteFixtures.EnglishOnly with
        {
            Versions = [SiteFixtures.EnglishOnly.Versions[0] with { Text = "Notes on web archiving\n\nA new paragraph." }],
            LastModified = new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var report = SiteFixtures.Publish(SiteFixtures.Content(SiteFixtures.Bilingual, changed, SiteFixtures.Hostile), dir).Report;
        Assert.Contains("en/items/2/index.html", report.WrittenPaths);
        Assert.Contains("zh/items/2/index.html", report.WrittenPaths);
        Assert.DoesNotContain("en/items/1/index.html", report.WrittenPaths);
        Assert.DoesNotContain("zh/items/3/index.html", report.WrittenPaths);
        Assert.DoesNotContain("assets/site.css", report.WrittenPaths);
        Assert.All(report.WrittenPaths, p => Assert.True(
            p.Contains("/items/2/", StringComparison.Ordinal) || p.EndsWith(".xml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal) || p.Contains("/tags/", StringComparison.Ordinal)
            || p.Contains("/years/", StringComparison.Ordinal) || p.Contains("/categories/", StringComparison.Ordinal) || p.Contains("/authors/", StringComparison.Ordinal)
            || p.EndsWith("/index.html", StringComparison.Ordinal) && p.Count(c => c == '/') <= 1, $"unexpected rewrite of {p}"));
    }

    [Fact]
    public void Publish_TextLoadedLazily_GivesTheSameBytes_AndIsReadOnlyForPagesRendered()
    {
        // given the fixtures, and the same works whose texts are keyed by hash and read only when asked for
        int reads = 0;
        SiteWork Lazy(SiteWork work) => work with
        {
            Versions = [.. work.Versions.Select(v => v with
            {
                Text = "",
                TextKey = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(v.Text))),
                LoadText = () =>
                {
                    Interlocked.Increment(ref reads);
                    return v.Text;
                },
            })],
        };
        var lazy = SiteFixtures.Content(Lazy(SiteFixtures.Bilingual), Lazy(SiteFixtures.EnglishOnly), Lazy(SiteFixtures.Hostile));
        var (eager, _) = SiteFixtures.Publish();
        Track(eager);

        // when published twice from the lazy works
        var (dir, _) = SiteFixtures.Publish(lazy);
        Track(dir);
        int firstReads = reads;
        var again = SiteFixtures.Publish(lazy, dir).Report;

        // then the pages are those of the eager works (the manifest's keys aside), texts were read for the first publish's item pages only
        var expected = Files(eager);
        var actual = Files(dir);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected.Where(f => f.Key != SiteManifest.FileName), f => Assert.True(f.Value.AsSpan().SequenceEqual(actual[f.Key]), $"{f.Key} differs"));
        Assert.Equal(2 * 3, firstReads);
        Assert.Equal(firstReads, reads);
        Assert.Equal(0, again.Written);
    }

    [Fact]
    public void Republish_AfterTheTextKeyChanges_RerendersThatWork()
    {
        var keyed = SiteFixtures.EnglishOnly with { Versions = [SiteFixtures.EnglishOnly.Versions[0] with { TextKey = "a" }] };
        var (dir, _) = SiteFixtures.Publish(SiteFixtures.Content(SiteFixtures.Bilingual, keyed, SiteFixtures.Hostile));
        Track(dir);
        var rekeyed = keyed with { Versions = [keyed.Versions[0] with { TextKey = "b", Text = "Notes on web archiving\n\nChanged." }] };

        var report = SiteFixtures.Publish(SiteFixtures.Content(SiteFixtures.Bilingual, rekeyed, SiteFixtures.Hostile), dir).Report;

        Assert.Contains("en/items/2/index.html", report.WrittenPaths);
        Assert.DoesNotContain("en/items/1/index.html", report.WrittenPaths);
        Assert.Contains("Changed.", File.ReadAllText(Path.Combine(dir, "en", "items", "2", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Republish_WithoutAnItem_RemovesItsPages()
    {
        var (dir, _) = SiteFixtures.Publish();
        Track(dir);
        File.WriteAllText(Path.Combine(dir, "CNAME"), "times.net.au");
        var report = SiteFixtures.Publish(SiteFixtures.Content(SiteFixtures.Bilingual, SiteFixtures.EnglishOnly), dir).Report;
        Assert.True(report.Removed >= 2);
        Assert.False(Directory.Exists(Path.Combine(dir, "en", "items", "3")));
        Assert.True(File.Exists(Path.Combine(dir, "CNAME")), "a file the publish did not write is left alone");
    }

    [Fact]
    public void Republish_RemovesStaleTemporaries_AKilledPublishLeft()
    {
        // given a published site, and the temporaries a publish killed while writing would leave
        var (dir, _) = SiteFixtures.Publish();
        Track(dir);
        string[] stale = [".sitemap.xml.h2k4.tmp", Path.Combine("en", "items", "2", ".index.html.q9w8.tmp"), Path.Combine("zh", ".feed.json.0.tmp")];
        foreach (string file in stale)
        {
            File.WriteAllText(Path.Combine(dir, file), "<html><body>half a pa");
        }

        File.WriteAllText(Path.Combine(dir, "notes.tmp"), "not ours");

        // when the site is published again with nothing changed
        var again = SiteFixtures.Publish(directory: dir).Report;

        // then the temporaries are gone, and nothing else was touched
        Assert.All(stale, f => Assert.False(File.Exists(Path.Combine(dir, f)), f));
        Assert.True(File.Exists(Path.Combine(dir, "notes.tmp")), "a file the publish did not write is left alone");
        Assert.Empty(Directory.EnumerateFiles(dir, ".*.tmp", SearchOption.AllDirectories));
        Assert.Equal(0, again.Written);
    }

    [Fact]
    public void Publish_BadBaseUrl_FailsWithReason()
    {
        var bad = new SiteContent(SiteFixtures.Options with { BaseUrl = "ftp://x/" }, []);
        var result = Roots.Publish.Site.SitePublisher.Publish(bad, Track(Directory.CreateTempSubdirectory("roots-site-").FullName));
        Assert.False(result.IsSuccess);
        Assert.Contains("base URL", result.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    private string Track(string dir)
    {
        _dirs.Add(dir);
        return dir;
    }

    public void Dispose()
    {
        foreach (string dir in _dirs.Where(Directory.Exists))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
