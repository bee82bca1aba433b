using Roots.Models.Doctor;
using Roots.Models.Providers;
using Roots.Models.Tests.Support;
using Roots.TestKit;
using Roots.Tokens.Pricing;

namespace Roots.Models.Tests.Doctor;

/// <summary>roots doctor's findings for the classic misconfigurations.</summary>
public sealed class ProviderDoctorTests
{
    private static ProviderKeys Keys(params (string Name, string Value)[] set) =>
        new(name => set.FirstOrDefault(s => s.Name == name).Value);

    private static DoctorInput Input(ProviderDeclaration provider, ProviderKeys keys, string text = "", bool budgets = true) =>
        new([provider], text, budgets, keys, PriceBook.Default);

    private static Task<IReadOnlyList<DoctorFinding>> Offline(DoctorInput input) => ProviderDoctor.ExamineAsync(input, null, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task GoogleKindWithDeepSeekUrl_IsAnErrorNamingTheRealOwner()
    {
        var provider = new ProviderDeclaration("gemini", "google", "https://api.deepseek.com/v1", "GEMINI_KEY", ["gemini-2.5-flash"]);

        var findings = await Offline(Input(provider, Keys(("GEMINI_KEY", "x-123456789"))));

        var mismatch = Assert.Single(findings, f => f.Code == "kind-host-mismatch");
        Assert.Equal(FindingSeverity.Error, mismatch.Severity);
        Assert.Contains("api.deepseek.com", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("deepseek", mismatch.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelTheKindDoesNotServe_IsAnError()
    {
        var provider = new ProviderDeclaration("deepseek", "deepseek", null, "DEEPSEEK_API_KEY", ["gpt-4o"]);

        var findings = await Offline(Input(provider, Keys(("DEEPSEEK_API_KEY", "x-123456789"))));

        Assert.Contains(findings, f => f.Code == "model-not-served" && f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(findings, f => f.Code == "kind-host-mismatch");
    }

    [Fact]
    public async Task MissingOrEmptyKey_IsAnErrorNamingTheVariable()
    {
        var provider = new ProviderDeclaration("deepseek", "deepseek", null, "DEEPSEEK_API_KEY", ["deepseek-chat"]);

        var findings = await Offline(Input(provider, Keys(("DEEPSEEK_API_KEY", " "))));

        var missing = Assert.Single(findings, f => f.Code == "missing-key");
        Assert.Equal(FindingSeverity.Error, missing.Severity);
        Assert.Contains("DEEPSEEK_API_KEY", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyWrittenIntoTheFile_IsAnError_WithoutRepeatingIt()
    {
        var provider = new ProviderDeclaration("deepseek", "deepseek", null, "DEEPSEEK_API_KEY", ["deepseek-chat"]);
        string text = $"providers:\n  - name: deepseek\n    api_key: {Chains.PlantedKey}\n";

        var findings = await Offline(Input(provider, Keys(("DEEPSEEK_API_KEY", "x-123456789")), text));

        var inFile = Assert.Single(findings, f => f.Code == "key-in-file");
        Assert.Contains("line 3", inFile.Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.DoesNotContain(Chains.PlantedKey, f.Message + f.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoBudget_AndUnpricedModel_AreWarnings()
    {
        var provider = new ProviderDeclaration("local", "ollama", null, null, ["llama3.2"]);

        var findings = await Offline(Input(provider, Keys(), budgets: false));

        Assert.Contains(findings, f => f.Code == "no-budget" && f.Severity == FindingSeverity.Warning);
        Assert.Contains(findings, f => f.Code == "no-price" && f.Severity == FindingSeverity.Warning);
        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task ModelsRoute404_FromTheFakeServer_IsAnError()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.ModelsStatus = 404;
        var provider = new ProviderDeclaration("vllm", "openai-compatible", server.BaseUrl.ToString(), "FAKE_KEY", ["deepseek-chat"]);
        using var http = ProviderDoctor.CreateProbeClient();

        var findings = await ProviderDoctor.ExamineAsync(Input(provider, Keys(("FAKE_KEY", Chains.PlantedKey))), http, TimeSpan.FromSeconds(2));

        Assert.Contains(findings, f => f.Code == "models-route-404" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task EndpointThatDoesNotAnswer_IsAnError()
    {
        var provider = new ProviderDeclaration("local", "ollama", "http://127.0.0.1:9/v1", null, ["llama3.2"]);
        using var http = ProviderDoctor.CreateProbeClient();

        var findings = await ProviderDoctor.ExamineAsync(Input(provider, Keys()), http, TimeSpan.FromSeconds(2));

        Assert.Contains(findings, f => f.Code == "endpoint-unreachable" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task HealthyProvider_HasNoErrors()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var provider = new ProviderDeclaration("vllm", "openai-compatible", server.BaseUrl.ToString(), "FAKE_KEY", ["deepseek-chat"]);
        using var http = ProviderDoctor.CreateProbeClient();

        var findings = await ProviderDoctor.ExamineAsync(Input(provider, Keys(("FAKE_KEY", "x-123456789"))), http, TimeSpan.FromSeconds(2));

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }
}
