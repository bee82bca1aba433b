using Microsoft.Extensions.AI;
using Roots.Models.Doctor;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Models.Tests.Support;
using Roots.TestKit;
using Roots.Tokens.Pricing;

namespace Roots.Models.Tests.Providers;

/// <summary>
/// A declared kind whose known hosts do not include the base URL's host sends nothing, anywhere: no chat call,
/// no doctor probe, no key. A gateway is said explicitly (openai-compatible, or allow_host_mismatch).
/// </summary>
public sealed class HostMismatchTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static List<ChatMessage> Prompt => [new(ChatRole.User, "Summarise this.")];

    private ProviderOptions Provider(ProviderKind kind, bool allow = false) =>
        new("gemini", kind, _server.BaseUrl, "FAKE_KEY", ["deepseek-chat"], allow);

    private static ProviderClient Client(ProviderOptions provider, string key = Chains.PlantedKey) =>
        ProviderClient.Create(provider, key, Chains.Http, new MeteringOptions { Provider = provider.Name, Ledger = new MemoryLedger() }, Chains.Fast);

    [Fact]
    public void ToOptions_GoogleKindOnDeepSeekHost_FailsNamingKindHostAndFix()
    {
        var declaration = new ProviderDeclaration("gemini", "google", "https://api.deepseek.com/v1", "GOOGLE_API_KEY", ["gemini-2.5-flash"]);

        var options = declaration.ToOptions();

        Assert.False(options.IsSuccess);
        Assert.Contains("kind google", options.Error, StringComparison.Ordinal);
        Assert.Contains("api.deepseek.com", options.Error, StringComparison.Ordinal);
        Assert.Contains("kind: deepseek", options.Error, StringComparison.Ordinal);
        Assert.Contains("allow_host_mismatch: true", options.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToOptions_AllowHostMismatchOrOpenAiCompatible_Succeeds()
    {
        var allowed = new ProviderDeclaration("gemini", "google", "https://api.deepseek.com/v1", "GOOGLE_API_KEY", ["gemini-2.5-flash"], AllowHostMismatch: true);
        var gateway = new ProviderDeclaration("gateway", "openai-compatible", "http://127.0.0.1:8080/v1", "GOOGLE_API_KEY", ["gemini-2.5-flash"]);
        var local = new ProviderDeclaration("local", "ollama", "http://127.0.0.1:11434/v1", null, ["llama3.2"]);

        Assert.True(allowed.ToOptions().IsSuccess);
        Assert.True(gateway.ToOptions().IsSuccess);
        Assert.True(local.ToOptions().IsSuccess);
    }

    [Fact]
    public async Task Chat_DeepSeekKindOnLoopback_SendsNoRequestAndNoKey()
    {
        using var client = Client(Provider(ProviderKind.DeepSeek));

        var e = await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, ModelCall.Options("summarize", 1, "deepseek-chat")));

        Assert.Contains("kind deepseek", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Completions);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Chat_AllowHostMismatch_ReachesTheServer()
    {
        using var client = Client(Provider(ProviderKind.DeepSeek, allow: true));

        var response = await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("summarize", 1, "deepseek-chat"));

        Assert.Equal("A default answer.", response.Text);
        Assert.Equal(1, _server.Completions);
        Assert.Equal("Bearer " + Chains.PlantedKey, Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task Doctor_KindHostMismatch_ReportsIt_AndNeverProbesThatHost()
    {
        var declaration = new ProviderDeclaration("gemini", "google", _server.BaseUrl.ToString(), "FAKE_KEY", ["gemini-2.5-flash"]);
        var keys = new ProviderKeys(name => name == "FAKE_KEY" ? Chains.PlantedKey : null);
        using var http = ProviderDoctor.CreateProbeClient();

        var findings = await ProviderDoctor.ExamineAsync(new DoctorInput([declaration], "", true, keys, PriceBook.Default), http, TimeSpan.FromSeconds(2));

        Assert.Contains(findings, f => f.Code == "kind-host-mismatch" && f.Severity == FindingSeverity.Error);
        Assert.Equal(0, _server.ModelsRequests);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Doctor_AllowHostMismatch_ProbesTheGateway()
    {
        var declaration = new ProviderDeclaration("gemini", "google", _server.BaseUrl.ToString(), "FAKE_KEY", ["gemini-2.5-flash"], AllowHostMismatch: true);
        var keys = new ProviderKeys(name => name == "FAKE_KEY" ? Chains.PlantedKey : null);
        using var http = ProviderDoctor.CreateProbeClient();

        var findings = await ProviderDoctor.ExamineAsync(new DoctorInput([declaration], "", true, keys, PriceBook.Default), http, TimeSpan.FromSeconds(2));

        Assert.DoesNotContain(findings, f => f.Code == "kind-host-mismatch" && f.Severity == FindingSeverity.Error);
        Assert.Equal(1, _server.ModelsRequests);
    }

    [Fact]
    public async Task Chat_AnswerEchoesTheKey_TheAnswerDoesNotContainIt()
    {
        // a key that is not shaped like one, so only the exact value can be scrubbed
        const string key = "planted-plain-key-42x";
        _server.ChatReply = FakeOpenAiServer.Completion($"You sent key {key}, header Bearer {key}.", 11, 7);
        using var client = Client(Provider(ProviderKind.OpenAiCompatible), key);

        var response = await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("summarize", 1, "deepseek-chat"));

        Assert.StartsWith("You sent key ***", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(key, response.Text, StringComparison.Ordinal);
        Assert.All(response.Messages, m => Assert.DoesNotContain(key, m.Text, StringComparison.Ordinal));
    }
}
