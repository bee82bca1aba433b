using System.Security.Cryptography;
using System.Text;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Web.Tests.Pages;

/// <summary>
/// The item page shows the item's stored translations: language, title, summary, keywords, who made them and whether
/// they are current, each translated block in its own language and direction, every value escaped; the item API
/// carries the same.
/// </summary>
public sealed class ItemTranslationsPageTests(ServedLibraryFixture fixture) : IClassFixture<ServedLibraryFixture>, IAsyncLifetime
{
    private readonly ServedLibrary _served = fixture.Served;

    public async Task InitializeAsync()
    {
        using var client = _served.Client();
        var item = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/2"));
        string current = SourceHash(item.GetProperty("item").GetProperty("title").GetString()!, item.GetProperty("text").GetString()!);

        // Stored through the store's own translation port, as roots translate stores them.
        using var library = App.Library.Open(_served.Library).Value;
        var store = (ITranslationStore)library.Store;
        var at = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await store.SaveTranslationAsync(new ItemTranslation(2, "ar", "ضريبة اللغة", "النص الصيني يكلف رموزًا أكثر من النص الإنجليزي.", ["الرموز", "اللغة"], current, "model:deepseek-chat", at));
        await store.SaveTranslationAsync(new ItemTranslation(2, "ja", "言語税 <script>alert(1)</script>", "中国語は英語より多くのトークンを要する。", ["トークン"], new string('0', 64), "model:qwen-plus", at));
        await store.SaveTranslationAsync(new ItemTranslation(2, "zh", "语言税", "", [], current, "author", at));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ItemPage_ShowsEachTranslation_InItsLanguageAndDirection()
    {
        using var client = _served.Client();
        string html = await client.GetStringAsync("/items/2");

        Assert.Contains("<section id=\"translations\"><h2>Translations</h2>", html, StringComparison.Ordinal);
        string arabic = Block(html, "ar");
        Assert.Contains("<h3>Arabic <span class=\"meta\">(ar)</span></h3>", arabic, StringComparison.Ordinal);
        Assert.Contains("<div class=\"translated\" lang=\"ar\" dir=\"rtl\"><p class=\"translated-title\">ضريبة اللغة</p>", arabic, StringComparison.Ordinal);
        Assert.Contains("<p class=\"translated-summary\">النص الصيني يكلف رموزًا أكثر من النص الإنجليزي.</p>", arabic, StringComparison.Ordinal);
        Assert.Contains(">الرموز</a>", arabic, StringComparison.Ordinal);
        Assert.Contains("by <span class=\"by\">model:deepseek-chat</span>", arabic, StringComparison.Ordinal);
        Assert.Contains("<span class=\"state current\">current</span>", arabic, StringComparison.Ordinal);

        string japanese = Block(html, "ja");
        Assert.StartsWith("<section class=\"translation stale\" data-language=\"ja\">", japanese, StringComparison.Ordinal);
        Assert.Contains("<div class=\"translated\" lang=\"ja\" dir=\"ltr\">", japanese, StringComparison.Ordinal);
        Assert.Contains("言語税 &lt;script&gt;alert(1)&lt;/script&gt;", japanese, StringComparison.Ordinal);
        Assert.Contains("stale: the item changed since", japanese, StringComparison.Ordinal);
        Assert.Contains("model:qwen-plus", japanese, StringComparison.Ordinal);

        string chinese = Block(html, "zh");
        Assert.Contains("<div class=\"translated\" lang=\"zh\" dir=\"ltr\"><p class=\"translated-title\">语言税</p></div>", chinese, StringComparison.Ordinal);
        Assert.Contains("by <span class=\"by\">author</span>", chinese, StringComparison.Ordinal);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        // The item itself is English: its article is left to right, whatever its translations are.
        Assert.Contains("<article class=\"item\" lang=\"en\" dir=\"ltr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemApi_CarriesTheTranslations_WithWhetherEachIsCurrent()
    {
        using var client = _served.Client();
        var translations = (await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/2"))).GetProperty("translations").EnumerateArray()
            .ToDictionary(t => t.GetProperty("language").GetString()!, t => t);

        Assert.Equal(["ar", "ja", "zh"], translations.Keys.Order(StringComparer.Ordinal));
        Assert.True(translations["ar"].GetProperty("current").GetBoolean());
        Assert.False(translations["ja"].GetProperty("current").GetBoolean());
        Assert.Equal("model:deepseek-chat", translations["ar"].GetProperty("by").GetString());
        Assert.Equal(["الرموز", "اللغة"], translations["ar"].GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task ItemPage_WithoutTranslations_HasNoTranslationsSection()
    {
        using var client = _served.Client();
        string html = await client.GetStringAsync("/items/1");
        Assert.DoesNotContain("id=\"translations\"", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"item\" lang=\"zh\" dir=\"ltr\"", html, StringComparison.Ordinal);
    }

    /// <summary>The hash a stored translation is current by: SHA-256 of the title, a blank line and the text (TranslationSource.Hash).</summary>
    private static string SourceHash(string title, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + text)));

    /// <summary>The translation block of <paramref name="language"/>, from its opening tag to its end.</summary>
    private static string Block(string html, string language)
    {
        int at = html.IndexOf($"data-language=\"{language}\"", StringComparison.Ordinal);
        Assert.True(at > 0, $"no translation block for {language}");
        int start = html.LastIndexOf("<section", at, StringComparison.Ordinal);
        int end = html.IndexOf("</section>", at, StringComparison.Ordinal);
        return html[start..(end + "</section>".Length)];
    }
}
