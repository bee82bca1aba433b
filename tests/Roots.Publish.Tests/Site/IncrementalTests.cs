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
