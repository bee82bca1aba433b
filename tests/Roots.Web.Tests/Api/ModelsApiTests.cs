using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roots.TestKit;

namespace Roots.Web.Tests.Api;

/// <summary>
/// Ask, summarize, translate and model tagging over HTTP, against a loopback OpenAI-compatible server: the estimate
/// without confirm (nothing sent, nothing recorded), the result with it (one ledger row a call), the one-line
/// problem without a provider, 402 past a budget, CSRF, and never the key.
/// </summary>
public sealed partial class ModelsApiTests : IAsyncLifetime
{
    // Its own variable: the served library reads keys from this process's environment, shared with other test classes.
    private const string KeyVariable = "ROOTS_WEB_TEST_MODEL_KEY";
    private const string PlantedKey = "sk-planted-FAKE-web-5550123456789";

    private const string Taxonomy = """

        taxonomy:
          tags:
            - name: ai
              synonyms: ["artificial intelligence"]
            - name: tokens
            - name: archives
        """;

    private readonly List<string> _bodies = [];
    private FakeOpenAiServer _provider = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable(KeyVariable, PlantedKey);
        _provider = await FakeOpenAiServer.StartAsync();
        _provider.PromptTokens = 200;
        _provider.CompletionTokens = 40;
        _provider.Answer = body =>
        {
            if (body.Contains("Choose the tags", StringComparison.Ordinal))
            {
                return "Artificial Intelligence, tokens, politics";
            }

            if (body.Contains("Summarise the document", StringComparison.Ordinal))
            {
                return "Chinese costs more tokens than English for the same meaning.";
            }

            if (LanguageName().Match(body) is { Success: true } language)
            {
                string name = language.Groups[1].Value;
                return JsonSerializer.Serialize(new { title = $"[{name}] title", summary = $"[{name}] summary", keywords = new[] { $"[{name}] tokens" } });
            }

            return "Chinese text costs more tokens than English text [1].";
        };
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        Assert.All(_bodies, body => Assert.DoesNotContain(PlantedKey, body, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"into ([A-Za-z]+)")]
    private static partial Regex LanguageName();

    private string Providers(decimal daily = 1.00m) =>
        $"\nproviders:\n  - name: fake\n    kind: openai-compatible\n    base_url: {_provider.BaseUrl}\n    key_env: {KeyVariable}\n    models: [deepseek-chat]\n" +
        $"budgets:\n  daily: {{ amount: {daily.ToString(CultureInfo.InvariantCulture)}, currency: USD }}\n" + Taxonomy;

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string csrf, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-Token", csrf);
        var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        lock (_bodies)
        {
            _bodies.Add(text);
        }

        Assert.DoesNotContain(PlantedKey, text, StringComparison.Ordinal);
        return response;
    }

    private async Task<JsonElement> OkAsync(HttpClient client, string csrf, string url, object body)
    {
        var response = await PostAsync(client, csrf, url, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<Dictionary<string, JsonElement>> CostsAsync(HttpClient client) =>
        (await ServedLibrary.JsonAsync(await client.GetAsync("/api/costs?by=operation"))).EnumerateArray()
            .ToDictionary(l => l.GetProperty("key").GetString()!, l => l);

    private static void AssertEstimate(JsonElement json, int calls)
    {
        Assert.False(json.GetProperty("confirmed").GetBoolean());
        var estimate = json.GetProperty("estimate");
        Assert.Equal("fake", estimate.GetProperty("provider").GetString());
        Assert.Equal("deepseek-chat", estimate.GetProperty("model").GetString());
        Assert.Equal(calls, estimate.GetProperty("calls").GetInt32());
        Assert.True(estimate.GetProperty("inputTokens").GetInt64() > 0);
        Assert.True(estimate.GetProperty("outputTokens").GetInt64() > 0);
        Assert.True(estimate.GetProperty("cost").GetDecimal() > 0);
        Assert.Equal("USD", estimate.GetProperty("currency").GetString());
    }

    private static void AssertRecorded(JsonElement json, int calls)
    {
        var recorded = json.GetProperty("recorded");
        Assert.Equal(calls, recorded.GetProperty("calls").GetInt32());
        Assert.Equal(calls * 200, recorded.GetProperty("inputTokens").GetInt64());
        Assert.Equal(calls * 40, recorded.GetProperty("outputTokens").GetInt64());
        Assert.True(recorded.GetProperty("cost").GetDecimal() > 0 || calls == 0);
        Assert.Equal("USD", recorded.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task Ask_EstimateSendsNothing_ConfirmAnswersWithCitations_AndRecordsOneRow()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers());
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        // without confirm: the estimate, nothing sent, nothing in the ledger
        var estimate = await OkAsync(client, csrf, "/api/ask", new { question = "Chinese tokens English" });
        AssertEstimate(estimate, calls: 1);
        Assert.Equal(0, _provider.Completions);
        Assert.Empty(await CostsAsync(client));

        // with confirm: the answer citing the passages, one ledger row
        var answered = await OkAsync(client, csrf, "/api/ask", new { question = "Chinese tokens English", confirm = true });
        Assert.True(answered.GetProperty("confirmed").GetBoolean());
        Assert.Contains("[1]", answered.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("model:deepseek-chat", answered.GetProperty("by").GetString());
        var passage = answered.GetProperty("passages")[0];
        Assert.Equal(1, passage.GetProperty("number").GetInt32());
        Assert.True(passage.GetProperty("itemId").GetInt64() > 0);
        AssertRecorded(answered, calls: 1);
        Assert.Equal(1, _provider.Completions);
        Assert.Equal(1, (await CostsAsync(client))["ask"].GetProperty("calls").GetInt32());
    }

    [Fact]
    public async Task Summarize_EstimateThenConfirm_StoresTheSummary_AndTheSecondRunIsCachedAndFree()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers());
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        AssertEstimate(await OkAsync(client, csrf, "/api/summarize", new { items = new[] { "2" } }), calls: 1);
        Assert.Equal(0, _provider.Completions);
        Assert.Empty(await CostsAsync(client));

        var first = await OkAsync(client, csrf, "/api/summarize", new { items = new[] { "2" }, confirm = true });
        var summary = first.GetProperty("summaries")[0];
        Assert.Equal(2, summary.GetProperty("itemId").GetInt64());
        Assert.Contains("more tokens", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.False(summary.GetProperty("cached").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("stoppedBecause").ValueKind);
        AssertRecorded(first, calls: 1);

        // the same text by the same model: nothing to buy
        var again = await OkAsync(client, csrf, "/api/summarize", new { items = new[] { "2" } });
        Assert.Equal(0, again.GetProperty("estimate").GetProperty("calls").GetInt32());
        var second = await OkAsync(client, csrf, "/api/summarize", new { items = new[] { "2" }, confirm = true });
        Assert.True(second.GetProperty("summaries")[0].GetProperty("cached").GetBoolean());
        AssertRecorded(second, calls: 0);
        Assert.Equal(1, _provider.Completions);
        Assert.Equal(1, (await CostsAsync(client))["summarize"].GetProperty("calls").GetInt32());
    }

    [Fact]
    public async Task Translate_ConfirmTranslatesIntoEachLanguageButTheItemsOwn()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers());
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        // the English note into zh and en: one call, English is its own language
        AssertEstimate(await OkAsync(client, csrf, "/api/translate", new { items = new[] { "2" }, to = new[] { "zh", "en" } }), calls: 1);
        Assert.Equal(0, _provider.Completions);

        var done = await OkAsync(client, csrf, "/api/translate", new { items = new[] { "2" }, to = new[] { "zh", "en" }, confirm = true });
        var translation = Assert.Single(done.GetProperty("translations").EnumerateArray());
        Assert.Equal("zh", translation.GetProperty("language").GetString());
        Assert.StartsWith("[Chinese", translation.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Empty(done.GetProperty("failures").EnumerateArray());
        AssertRecorded(done, calls: 1);
        Assert.Equal(1, (await CostsAsync(client))["translate"].GetProperty("calls").GetInt32());
    }

    [Fact]
    public async Task TagModel_ConfirmKeepsOnlyTaxonomyTags_WithOriginModel()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers());
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        AssertEstimate(await OkAsync(client, csrf, "/api/items/tags/model", new { items = new[] { "2" } }), calls: 1);
        Assert.Equal(0, _provider.Completions);

        var done = await OkAsync(client, csrf, "/api/items/tags/model", new { items = new[] { "2" }, confirm = true });
        var item = done.GetProperty("items")[0];
        Assert.Equal(["ai", "tokens"], item.GetProperty("chosen").EnumerateArray().Select(t => t.GetString()).Order().ToList());
        Assert.Equal(1, done.GetProperty("dropped").GetInt32());
        AssertRecorded(done, calls: 1);

        var detail = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/2"));
        Assert.Contains(detail.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "ai" && t.GetProperty("origin").GetString() == "model");
    }

    [Fact]
    public async Task Summarize_ConcurrentRequestsUnderABudgetForOneCall_SendOnlyOne()
    {
        // given output at USD 0.001 a token (a summary, up to 300 output tokens, is estimated at USD 0.30), a daily
        // budget (USD 0.45) that one estimate fits and two do not, and a provider that holds every answer until each
        // request has either reached it or been answered
        await using var served = await ServedLibrary.StartAsync(yaml: Providers(daily: 0.45m) + "\nprices:\n  - { model: deepseek-chat, input: 0, output: 1000, currency: USD }\n");
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var estimate = (await OkAsync(client, csrf, "/api/summarize", new { items = new[] { "2" } })).GetProperty("estimate").GetProperty("cost").GetDecimal();
        Assert.Equal(0.30m, estimate);
        _provider.Hold = true;

        // when as many requests as the server has library connections (2) race
        const int racers = 2;
        var requests = Enumerable.Range(0, racers).Select(_ => PostAsync(client, csrf, "/api/summarize", new { items = new[] { "2" }, confirm = true })).ToList();
        while (true)
        {
            int arrived = _provider.Completions;

            if (arrived + requests.Count(r => r.IsCompleted) >= racers)
            {
                break;
            }

            await Task.WhenAny(requests.Where(r => !r.IsCompleted).Cast<Task>().Append(_provider.CompletionsAbove(arrived)));
        }

        _provider.Open();
        var responses = await Task.WhenAll(requests);

        // then one was sent and paid, the other refused before sending, and spend is within the budget
        Assert.Equal(1, _provider.Completions);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PaymentRequired], responses.Select(r => r.StatusCode).Order());
        var costs = await CostsAsync(client);
        Assert.True(costs["summarize"].GetProperty("cost").GetDecimal() <= 0.45m);
    }

    [Fact]
    public async Task KindOnAnotherHost_Is409NamingKindHostAndFix_AndNothingIsSent()
    {
        // given a provider declared as Google but pointed at this loopback server, its key set
        string yaml = Providers().Replace("kind: openai-compatible", "kind: google", StringComparison.Ordinal);
        await using var served = await ServedLibrary.StartAsync(yaml: yaml);
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        foreach (var (url, body) in new (string, object)[]
        {
            ("/api/ask", new { question = "Chinese tokens English", confirm = true }),
            ("/api/summarize", new { items = new[] { "2" }, confirm = true }),
            ("/api/translate", new { items = new[] { "2" }, to = new[] { "zh" }, confirm = true }),
            ("/api/items/tags/model", new { items = new[] { "2" }, confirm = true }),
        })
        {
            var response = await PostAsync(client, csrf, url, body);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            string detail = (await ServedLibrary.JsonAsync(response)).GetProperty("detail").GetString()!;
            Assert.Contains("kind google", detail, StringComparison.Ordinal);
            Assert.Contains("allow_host_mismatch: true", detail, StringComparison.Ordinal);
        }

        Assert.Equal(0, _provider.Completions);
    }

    [Fact]
    public async Task OverBudget_Is402WithTheReason_NothingSent_AndTheRefusalIsInTheLedger()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers(daily: 0.000001m));
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        foreach (var (url, body) in new (string, object)[]
        {
            ("/api/ask", new { question = "Chinese tokens English", confirm = true }),
            ("/api/summarize", new { items = new[] { "2" }, confirm = true }),
        })
        {
            var response = await PostAsync(client, csrf, url, body);
            Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            string detail = (await ServedLibrary.JsonAsync(response)).GetProperty("detail").GetString()!;
            Assert.Contains("refused before sending", detail, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', detail);
        }

        Assert.Equal(0, _provider.Completions);
        var costs = await CostsAsync(client);
        Assert.Equal(0m, costs["ask"].GetProperty("cost").GetDecimal());
    }

    [Theory]
    [InlineData("/api/ask", """{"question":"tokens","confirm":true}""")]
    [InlineData("/api/summarize", """{"items":["1"],"confirm":true}""")]
    [InlineData("/api/translate", """{"items":["1"],"to":["en"],"confirm":true}""")]
    [InlineData("/api/items/tags/model", """{"items":["1"],"confirm":true}""")]
    public async Task WithoutAProvider_EachIsAOneLineConflict(string url, string body)
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Taxonomy);
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        var response = await PostAsync(client, csrf, url, JsonDocument.Parse(body).RootElement);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = (await ServedLibrary.JsonAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains("providers in roots.yaml", detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', detail);
        Assert.Empty(await CostsAsync(client));
    }

    [Roots.Web.Tests.Browser.ChromiumFact]
    public async Task AskBox_EstimatesFirst_ThenAnswersWithLinkedPassages_InTheBrowser()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers());
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await Roots.Web.Tests.Browser.ChromiumSession.LaunchAsync(playwright);
        var (page, problems) = await Roots.Web.Tests.Browser.ChromiumSession.OpenAsync(browser, httpErrors: false);

        await page.GotoAsync(served.Address + "ask");
        await page.FillAsync("#ask [name=question]", "Chinese tokens English");
        await page.ClickAsync("#ask button");
        await page.WaitForSelectorAsync("#ask-confirm:not([hidden])");
        Assert.Contains("Estimate: 1 call to deepseek-chat via fake", await page.InnerTextAsync("#ask-status"), StringComparison.Ordinal);
        Assert.Equal(0, _provider.Completions);

        await page.ClickAsync("#ask-confirm");
        await page.WaitForSelectorAsync("#ask-passages li a");
        Assert.Contains("[1]", await page.InnerTextAsync("#ask-text"), StringComparison.Ordinal);
        Assert.StartsWith("/items/", await page.GetAttributeAsync("#ask-passages li a", "href"), StringComparison.Ordinal);
        Assert.Contains("Recorded: 1 call", await page.InnerTextAsync("#ask-status"), StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedKey, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, _provider.Completions);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task BadRequests_AreProblems_AndWithoutCsrfForbidden()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: Providers());
        using var client = served.Client();

        foreach (string url in new[] { "/api/ask", "/api/summarize", "/api/translate", "/api/items/tags/model" })
        {
            var content = new StringContent("""{"question":"tokens","items":["1"],"to":["zh"],"confirm":true}""", Encoding.UTF8, "application/json");
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, content)).StatusCode);
        }

        string csrf = await ServedLibrary.CsrfAsync(client);
        async Task AssertProblem(string url, object body, HttpStatusCode status)
        {
            var response = await PostAsync(client, csrf, url, body);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        await AssertProblem("/api/ask", new { question = " " }, HttpStatusCode.BadRequest);
        await AssertProblem("/api/summarize", new { items = Array.Empty<string>() }, HttpStatusCode.BadRequest);
        await AssertProblem("/api/summarize", new { items = 3 }, HttpStatusCode.BadRequest);
        await AssertProblem("/api/summarize", new { items = new[] { "999" }, confirm = true }, HttpStatusCode.NotFound);
        await AssertProblem("/api/items/tags/model", new { items = new[] { "999" } }, HttpStatusCode.NotFound);
        await AssertProblem("/api/translate", new { items = new[] { "1" }, to = new[] { "xx" } }, HttpStatusCode.BadRequest);
        await AssertProblem("/api/translate", new { items = new[] { "1" } }, HttpStatusCode.BadRequest);
        Assert.Equal(0, _provider.Completions);
        Assert.Empty(await CostsAsync(client));
    }
}
