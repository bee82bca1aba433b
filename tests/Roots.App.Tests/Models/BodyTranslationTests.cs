using System.Globalization;
using System.Text.Json;
using Roots.App.Publish;
using Roots.App.Tests.Engine;
using Roots.App.UseCases;

namespace Roots.App.Tests.Models;

/// <summary>
/// <c>roots translate --body</c> in process against a loopback OpenAI-compatible server: the estimate, the paragraph
/// cache (an edit re-buys only the changed paragraph, a re-run nothing), batching, and the translated text on the
/// published page of a language the work has no version in.
/// </summary>
public sealed class BodyTranslationTests : IAsyncLifetime
{
    private EngineLibrary _folder = null!;
    private readonly List<string[]> _bodyRequests = [];
    private int _fieldCalls;
    private bool _miscount;

    public async Task InitializeAsync()
    {
        _folder = await EngineLibrary.StartAsync();
        _folder.Server.Answer = body =>
        {
            using var request = JsonDocument.Parse(body);
            var messages = request.RootElement.GetProperty("messages");
            string system = messages[0].GetProperty("content").GetString()!;
            string user = messages[1].GetProperty("content").GetString()!;
            if (system.StartsWith("Translate each paragraph", StringComparison.Ordinal))
            {
                var paragraphs = JsonSerializer.Deserialize<string[]>(user)!;
                lock (_bodyRequests)
                {
                    _bodyRequests.Add(paragraphs);
                }

                return _miscount ? "[\"only one\"]" : "```json\n" + JsonSerializer.Serialize(paragraphs.Select(p => "[ja] " + p).ToArray()) + "\n```";
            }

            Interlocked.Increment(ref _fieldCalls);
            return """{"title":"[ja] 烏龍茶","summary":"[ja] 要約","keywords":["[ja] 茶"]}""";
        };
    }

    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    private string WriteEssay(params string[] paragraphs)
    {
        string path = Path.Combine(_folder.Directory, "notes", "essay.md");
        File.WriteAllText(path, "# Cold brew\n\n" + string.Join("\n\n", paragraphs) + "\n");
        return path;
    }

    private static async Task<long> AddAsync(Library library, string path)
    {
        var added = await library.Files.AddPathsAsync([path], AddOptions.None);
        return Assert.Single(added.ItemIds);
    }

    [Fact]
    public async Task TranslateBody_EstimatesFirst_CachesPerParagraph_AndAnEditReBuysOnlyTheChangedParagraph()
    {
        // given an English essay of three paragraphs
        using var library = Library.Open(_folder.Directory).Value;
        long id = await AddAsync(library, WriteEssay("Oolong is rolled.", "Sencha is steamed.", "Pu-erh is aged."));
        string[] ids = [id.ToString(CultureInfo.InvariantCulture)];

        // when its body translation is estimated: the fields' call and one call for the three short paragraphs
        var plan = await library.BodyTranslations.PlanAsync(ids, all: false, ["ja"]);
        Assert.True(plan.IsSuccess, plan.Error);
        Assert.Equal(2, plan.Value.Calls);
        Assert.True(plan.Value.InputTokens > 0 && plan.Value.OutputTokens > 0);
        Assert.Equal(0, _folder.Server.Completions);

        // when it runs: exactly the calls estimated, every paragraph bought
        var run = await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"]);
        Assert.True(run.IsSuccess, run.Error);
        Assert.Equal(plan.Value.Calls, _folder.Server.Completions);
        var body = Assert.Single(run.Value.Bodies);
        Assert.Equal((4, 0, 4, true), (body.Paragraphs, body.Cached, body.Bought, body.Complete));
        Assert.Equal(["Cold brew", "Oolong is rolled.", "Sencha is steamed.", "Pu-erh is aged."], Assert.Single(_bodyRequests));
        Assert.Contains(run.Usage.Rows, c => c.Operation == "translate-body");

        // when it runs again: nothing to estimate, nothing bought
        var again = await library.BodyTranslations.PlanAsync(ids, all: false, ["ja"]);
        Assert.Equal(0, again.Value.Calls);
        var rerun = await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"]);
        Assert.Equal((4, 0), (rerun.Value.Bodies[0].Cached, rerun.Value.Bodies[0].Bought));
        Assert.Equal(2, _folder.Server.Completions);

        // when one paragraph is edited: the estimate and the run buy that paragraph only (and the fields, whose source changed)
        await AddAsync(library, WriteEssay("Oolong is rolled.", "Sencha is steamed in Shizuoka.", "Pu-erh is aged."));
        Assert.Equal(2, (await library.BodyTranslations.PlanAsync(ids, all: false, ["ja"])).Value.Calls);
        var edited = await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"]);
        Assert.Equal((3, 1), (edited.Value.Bodies[0].Cached, edited.Value.Bodies[0].Bought));
        Assert.Equal(["Sencha is steamed in Shizuoka."], _bodyRequests[^1]);
        Assert.Equal(4, _folder.Server.Completions);
        Assert.Equal(2, _fieldCalls);
    }

    [Fact]
    public async Task TranslateBody_AMiscountedAnswer_IsAFailure_KeepsNothingOfIt_AndTheNextRunAsksAgain()
    {
        using var library = Library.Open(_folder.Directory).Value;
        long id = await AddAsync(library, WriteEssay("Oolong is rolled.", "Sencha is steamed."));
        string[] ids = [id.ToString(CultureInfo.InvariantCulture)];
        _miscount = true;

        var bad = await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"]);

        Assert.True(bad.IsSuccess, bad.Error);
        Assert.Contains("answered 1 paragraphs for 3", Assert.Single(bad.Value.Failures).Reason, StringComparison.Ordinal);
        Assert.False(bad.Value.Bodies[0].Complete);
        Assert.Equal(0, bad.Value.Bodies[0].Bought);
        _miscount = false;
        var good = await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"]);
        Assert.Equal((0, 3, true), (good.Value.Bodies[0].Cached, good.Value.Bodies[0].Bought, good.Value.Bodies[0].Complete));
        Assert.Empty(good.Value.Failures);
    }

    [Fact]
    public async Task TranslateBody_ThreeHundredParagraphs_AreAFewBatchedCalls_AsEstimated()
    {
        using var library = Library.Open(_folder.Directory).Value;
        long id = await AddAsync(library, WriteEssay([.. Enumerable.Range(1, 300).Select(n => $"Paragraph {n} says one short thing about tea.")]));
        string[] ids = [id.ToString(CultureInfo.InvariantCulture)];

        var plan = await library.BodyTranslations.PlanAsync(ids, all: false, ["ja"]);
        var run = await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"]);

        Assert.True(run.IsSuccess, run.Error);
        Assert.InRange(_bodyRequests.Count, 2, 10);
        Assert.Equal(301, _bodyRequests.Sum(r => r.Length));
        Assert.Equal(plan.Value.Calls, _folder.Server.Completions);
        Assert.True(run.Value.Bodies[0].Complete);
    }

    [Fact]
    public async Task TranslateBody_OfABilingualFile_BuysOnlyItsFirstHalf_AndNeverTheAuthorsOwnLanguage()
    {
        // given Wu's essay: Chinese, then the author's own English version in the same file
        using var library = Library.Open(_folder.Directory).Value;
        var added = await library.Files.AddPathsAsync([Seed("000_acb19a4f519c0f38.txt")], AddOptions.None);
        string id = Assert.Single(added.ItemIds).ToString(CultureInfo.InvariantCulture);

        // when its body is translated into English and Japanese
        var run = await library.BodyTranslations.TranslateAsync([id], all: false, ["en", "ja"]);

        // then English (written by the author) is not bought, and Japanese is bought from the Chinese half only
        Assert.True(run.IsSuccess, run.Error);
        var body = Assert.Single(run.Value.Bodies);
        Assert.Equal("ja", body.Language);
        Assert.True(body.Complete);
        var sent = _bodyRequests.SelectMany(r => r).ToList();
        Assert.Equal(body.Paragraphs, sent.Count);
        Assert.DoesNotContain(sent, p => p.Contains("Beyond Tokens", StringComparison.Ordinal));
        Assert.Contains(sent, p => p.Contains("Token", StringComparison.Ordinal) && p.Any(c => c is >= '\u4e00' and <= '\u9fff'));

        // and the site's ja page shows the Chinese half translated, the en page the author's English
        string site = Path.Combine(_folder.Directory, "out");
        Assert.True((await library.Site.PublishAsync(new PublishOptions { OutputDirectory = site, Languages = ["zh", "en", "ja"] })).IsSuccess);
        string jaPage = File.ReadAllText(Path.Combine(site, "ja", "items", id, "index.html"));
        string enPage = File.ReadAllText(Path.Combine(site, "en", "items", id, "index.html"));
        string plain = sent.First(p => p.Length > 40 && !p.Contains('\n', StringComparison.Ordinal) && !p.Contains("http", StringComparison.Ordinal) && p.Any(c => c is >= '\u4e00' and <= '\u9fff'));
        Assert.Contains("[ja] " + plain[..20], System.Net.WebUtility.HtmlDecode(jaPage), StringComparison.Ordinal);
        Assert.Contains("Tokens are merely fuel", enPage, StringComparison.Ordinal);
        Assert.DoesNotContain("[ja]", enPage, StringComparison.Ordinal);
    }

    private static string Seed(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("../shared/seeds/" + name + " not found");
    }

    [Fact]
    public async Task Publish_ShowsTheTranslatedBodyOnTheJaPage_OnlyWhileEveryParagraphHasOne()
    {
        // given an English essay translated into Japanese, body included
        using var library = Library.Open(_folder.Directory).Value;
        long id = await AddAsync(library, WriteEssay("Oolong is rolled.", "Sencha is steamed."));
        string[] ids = [id.ToString(CultureInfo.InvariantCulture)];
        Assert.True((await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"])).IsSuccess);
        string site = Path.Combine(_folder.Directory, "out");
        var options = new PublishOptions { OutputDirectory = site, Languages = ["en", "ja"] };
        string ja = Path.Combine(site, "ja", "items", id.ToString(CultureInfo.InvariantCulture), "index.html");
        string en = Path.Combine(site, "en", "items", id.ToString(CultureInfo.InvariantCulture), "index.html");

        // when the site is published
        Assert.True((await library.Site.PublishAsync(options)).IsSuccess);

        // then the ja page shows the translated text, the en page the original
        string jaPage = File.ReadAllText(ja);
        Assert.Contains("[ja] Oolong is rolled.", jaPage, StringComparison.Ordinal);
        Assert.Contains("[ja] Sencha is steamed.", jaPage, StringComparison.Ordinal);
        Assert.DoesNotContain(">Sencha is steamed.", jaPage, StringComparison.Ordinal);
        // and says it is a machine translation of an English original, in Japanese
        Assert.Contains("<span class=\"machine-translation\" lang=\"ja\" dir=\"ltr\">機械翻訳</span>", jaPage, StringComparison.Ordinal);
        Assert.Contains("原文の言語：<bdi>English</bdi>", jaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("machine-translation", File.ReadAllText(en), StringComparison.Ordinal);
        Assert.Contains("Sencha is steamed.", File.ReadAllText(en), StringComparison.Ordinal);
        Assert.DoesNotContain("[ja] Sencha", File.ReadAllText(en), StringComparison.Ordinal);

        // when a paragraph changes and is not translated yet, the ja page falls back to the original text
        await AddAsync(library, WriteEssay("Oolong is rolled.", "Sencha is steamed in Shizuoka."));
        Assert.True((await library.Site.PublishAsync(options)).IsSuccess);
        jaPage = File.ReadAllText(ja);
        Assert.Contains("Sencha is steamed in Shizuoka.", jaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("[ja] Oolong", jaPage, StringComparison.Ordinal);

        // when that paragraph is bought, the next publish renders the ja page again with it (the page's key follows its paragraphs)
        Assert.True((await library.BodyTranslations.TranslateAsync(ids, all: false, ["ja"])).IsSuccess);
        var republished = await library.Site.PublishAsync(options);
        Assert.True(republished.IsSuccess, republished.Error);
        Assert.Contains("[ja] Sencha is steamed in Shizuoka.", File.ReadAllText(ja), StringComparison.Ordinal);

        // and with nothing changed, nothing is rendered again
        Assert.Equal(0, (await library.Site.PublishAsync(options)).Value.Rendered);
    }
}
