using System.Net;
using Roots.Core.Ports;

namespace Roots.Web.Tests.Pages;

/// <summary>The server-rendered pages added for organising, feeds, costs and sharing, read as HTML.</summary>
public sealed class PagesTests(ServedLibraryFixture fixture) : IClassFixture<ServedLibraryFixture>
{
    private readonly ServedLibrary _served = fixture.Served;

    [Fact]
    public async Task AddWithSharedUrl_FillsTheFormIn_AndChangesNothing()
    {
        using var client = _served.Client();
        long before = (await ServedLibrary.JsonAsync(await client.GetAsync("/api/items"))).GetProperty("items").GetArrayLength();
        string html = await client.GetStringAsync("/add?title=" + Uri.EscapeDataString("A page") + "&text=" + Uri.EscapeDataString("look at https://example.org/a?b=1&c=2 today"));
        Assert.Contains(">https://example.org/a?b=1&amp;c=2</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"shared\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"bookmarklet\" class=\"bookmarklet\" href=\"javascript:location.href=", html, StringComparison.Ordinal);
        Assert.Equal(before, (await ServedLibrary.JsonAsync(await client.GetAsync("/api/items"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Manifest_HasAShareTargetToTheAddPage()
    {
        using var client = _served.Client();
        var response = await client.GetAsync("/manifest.webmanifest");
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        var manifest = await ServedLibrary.JsonAsync(response);
        var share = manifest.GetProperty("share_target");
        Assert.Equal(("/add", "GET", "url"), (share.GetProperty("action").GetString(), share.GetProperty("method").GetString(), share.GetProperty("params").GetProperty("url").GetString()));
        Assert.Contains("manifest-src 'self'", (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organise_ListsTagsInUse()
    {
        using var client = _served.Client();
        string html = await client.GetStringAsync("/organise");
        Assert.Contains("<a href=\"/?tag=tokens\">tokens</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"merge-tags\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_HasACheckboxPerItem_ForBulkTagging()
    {
        using var client = _served.Client();
        string html = await client.GetStringAsync("/");
        Assert.Contains("<input type=\"checkbox\" class=\"pick\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"bulk\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_DrawsSpendPerDayAsInlineSvg()
    {
        using (var library = App.Library.Open(_served.Library).Value)
        {
            var ledger = (IUsageLedger)library.Store;
            var now = DateTimeOffset.UtcNow;
            await ledger.AppendAsync(new LedgerEntry(now.AddDays(-2), "deepseek", "deepseek-chat", "summarize", 1, 1200, 300, 0, 0.0021m, "USD", 800, "success", false, null));
            await ledger.AppendAsync(new LedgerEntry(now, "deepseek", "deepseek-chat", "tag", 2, 900, 50, 0, 0.0009m, "USD", 500, "success", false, null));
        }

        using var client = _served.Client();
        string html = await client.GetStringAsync("/costs");
        Assert.Contains("<svg id=\"chart-model\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-operation\"", html, StringComparison.Ordinal);
        Assert.Contains("deepseek-chat: 0.0021 USD, 1 calls", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_UnpricedCalls_ShowPriceUnknown_NeverAZeroCost()
    {
        using (var library = App.Library.Open(_served.Library).Value)
        {
            var ledger = (IUsageLedger)library.Store;
            await ledger.AppendAsync(new LedgerEntry(DateTimeOffset.UtcNow, "house", "house-model-7b", "ask", null, 700, 80, 0, null, null, 400, "success", true, null));
        }

        using var client = _served.Client();
        string html = await client.GetStringAsync("/costs");

        Assert.Contains("<tr><td>house-model-7b</td><td>1</td><td>700 / 80</td><td>price unknown (1 unpriced call)</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>0.0000 </td>", html, StringComparison.Ordinal);
        var line = (await ServedLibrary.JsonAsync(await client.GetAsync("/api/costs?by=model"))).EnumerateArray()
            .Single(l => l.GetProperty("key").GetString() == "house-model-7b");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("cost").ValueKind);
        Assert.Equal(1, line.GetProperty("unpriced").GetInt32());
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryEndpoint()
    {
        using var client = _served.Client();
        var paths = (await ServedLibrary.JsonAsync(await client.GetAsync("/openapi.json"))).GetProperty("paths");
        string[] expected =
        [
            "/api/items", "/api/items/{id}", "/api/items/{id}/related", "/api/items/{id}/tags", "/api/items/tags", "/api/search", "/api/notes",
            "/api/files", "/api/urls", "/api/graph", "/api/jobs", "/api/jobs/{id}", "/api/jobs/{id}/retry", "/api/jobs/{id}/cancel", "/api/costs",
            "/api/status", "/api/tags", "/api/tags/merge", "/api/taxonomy", "/api/feeds", "/api/feeds/{id}", "/api/feeds/poll", "/api/language-tax", "/api/export", "/api/dupes", "/api/doctor", "/api/classify", "/api/classify/train",
            "/api/ask", "/api/summarize", "/api/translate", "/api/items/tags/model", "/api/verify", "/api/reindex", "/api/embed", "/api/feeds/opml",
        ];
        Assert.All(expected, path => Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in openapi.json"));
    }

    [Fact]
    public async Task LanguageTax_CountsTokensPerThousandCharacters_ByLanguageAndTokenizer()
    {
        using var client = _served.Client();
        var lines = (await ServedLibrary.JsonAsync(await client.GetAsync("/api/language-tax"))).GetProperty("lines").EnumerateArray().ToList();
        double Rate(string language) => lines.Single(l => l.GetProperty("language").GetString() == language && l.GetProperty("tokenizer").GetString() == "o200k_base")
            .GetProperty("tokensPerThousandCharacters").GetDouble();
        Assert.True(Rate("zh") > Rate("en"), "Chinese needs more tokens per character than English");
        Assert.Contains("id=\"language-tax\"", await client.GetStringAsync("/costs/language-tax"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/language-tax?sample=0")).StatusCode);
    }

    [Fact]
    public async Task LanguageTax_ByMeaning_SaysWhatItWasMeasuredOn_WithPerCharactersAsTheSecondaryColumn()
    {
        using var client = _served.Client();
        var report = await ServedLibrary.JsonAsync(await client.GetAsync("/api/language-tax"));
        string page = await client.GetStringAsync("/costs/language-tax");

        // The served notes are one Chinese and one English text, not translations of each other: the reference corpus stands in.
        Assert.Equal("by meaning: reference corpus Roots parallel sample, 24 sentences (zh)", report.GetProperty("basis").GetString());
        var zh = report.GetProperty("byMeaning").EnumerateArray().Single(l => l.GetProperty("tokenizer").GetString() == "o200k_base");
        Assert.Equal(("zh", "reference", 24), (zh.GetProperty("language").GetString(), zh.GetProperty("basis").GetString(), zh.GetProperty("pairs").GetInt32()));
        double byMeaning = zh.GetProperty("tokensPerEnglishToken").GetDouble();
        Assert.Contains("<p id=\"language-tax-basis\">By meaning: reference corpus Roots parallel sample, 24 sentences (zh).</p>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"by-meaning\">" + byMeaning.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "×</td>", page, StringComparison.Ordinal);
        Assert.Contains("reference corpus Roots parallel sample (24 sentences)", page, StringComparison.Ordinal);
        Assert.Contains("<th>Tokens per 1,000 characters</th>", page, StringComparison.Ordinal);
        Assert.Contains("1.00× (the baseline)", page, StringComparison.Ordinal);
    }
}
