using Roots.Core.Identifiers;
using Roots.Publish.Metadata;
using Roots.Publish.Site;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Site;

/// <summary>A small bilingual site: a work in Chinese with its English translation, an English-only work, and a hostile one.</summary>
public static class SiteFixtures
{
    public const string BaseUrl = "https://times.net.au/journal/";

    public static SiteOptions Options { get; } = new()
    {
        BaseUrl = BaseUrl,
        Languages = ["zh", "en"],
        Titles = [new("zh", "时代跃迁"), new("en", "The Epochal Transition")],
        Descriptions = [new("zh", "一份独立的双语期刊。"), new("en", "An independent bilingual journal.")],
        About = [new("zh", "关于本刊。\n\n第二段。"), new("en", "About the journal.\n\nSecond paragraph.")],
        Journal = Records.EpochalTransition,
    };

    public static SiteWork Bilingual { get; } = new()
    {
        Slug = "1",
        Versions =
        [
            new SiteVersion("zh", Records.BilingualZh, "词元之后：AI时代真正稀缺的是什么？\n\n词元正在成为AI时代的核心计量单位，\n但词元本身不是最终价值。\n\n参见 https://doi.org/10.5281/zenodo.17978371 。"),
            new SiteVersion("en", Records.BilingualEn, "Beyond Tokens\n\nTokens are becoming the core unit of measurement\nin the AI era.\n\nSee 10.5281/zenodo.17978371."),
        ],
        Tags = ["ai", "tokens"],
        Category = "essays",
        Date = PartialDate.Create(2026, 6, 1).Value,
        LastModified = new DateTimeOffset(2026, 6, 2, 8, 30, 0, TimeSpan.Zero),
        Related = ["2"],
        Backlinks = ["3"],
    };

    public static SiteWork EnglishOnly { get; } = new()
    {
        Slug = "2",
        Versions =
        [
            new SiteVersion("en", new PublicationRecord
            {
                Id = "2",
                Language = "en",
                Titles = [new("en", "Notes on web archiving")],
                Abstracts = [new("en", "WARC files keep what a crawler saw.")],
                Keywords = [new("en", "WARC"), new("en", "archiving")],
                PublicationDate = PartialDate.Create(2025, 3).Value,
                Journal = Records.EpochalTransition,
                LandingPage = BaseUrl + "en/items/2/",
            }, "Notes on web archiving\n\nWARC files keep what a crawler saw, byte for byte."),
        ],
        Tags = ["archiving"],
        Date = PartialDate.Create(2025, 3).Value,
        LastModified = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero),
        Related = ["1"],
    };

    public const string HostileText = """
        <script>alert(1)</script><img src=x onerror=alert(2)>
        <a href="javascript:alert(3)">click</a> <a href="JaVaScRiPt:alert(4)">x</a>
        <svg onload=alert(5)><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/></svg>
        <iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name=q></form>
        <p style="background:url(javascript:alert(6))">styled</p><style>body{display:none}</style>
        javascript:alert(7) data:text/html,<script>alert(8)</script> vbscript:msgbox(9)
        </textarea></title></script><script>alert(10)</script>
        """;

    public static SiteWork Hostile { get; } = new()
    {
        Slug = "3",
        Versions =
        [
            new SiteVersion("en", new PublicationRecord
            {
                Id = "3",
                Language = "en",
                Titles = [new("en", "</title><script>alert('t')</script>")],
                Abstracts = [new("en", "<img src=x onerror=alert('a')>")],
                Keywords = [new("en", "<b onmouseover=alert(1)>k</b>")],
                LandingPage = "javascript:alert('landing')",
                Identifiers = [Identifier.Create(IdentifierKind.Url, "https://example.org/x").Value],
                Journal = Records.EpochalTransition,
            }, HostileText),
        ],
        Tags = ["<script>", "x\" onmouseover=\"alert(1)"],
        Category = "javascript:alert(1)",
        Date = PartialDate.Create(2024).Value,
        LastModified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Related = ["1", "missing"],
    };

    public static SiteContent Content(params SiteWork[] works) => new(Options, works.Length == 0 ? [Bilingual, EnglishOnly, Hostile] : works);

    /// <summary>Publishes into a new temporary folder; the caller deletes it.</summary>
    public static (string Directory, SiteWriteReport Report) Publish(SiteContent? content = null, string? directory = null)
    {
        string dir = directory ?? System.IO.Directory.CreateTempSubdirectory("roots-site-").FullName;
        var report = SitePublisher.Publish(content ?? Content(), dir);
        Assert.True(report.IsSuccess, report.Error);
        return (dir, report.Value);
    }
}
