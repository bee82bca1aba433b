using Roots.Core.Ports;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Models.Resilience;
using Roots.TestKit;
using Roots.Tokens.Budgets;

namespace Roots.Models.Tests.Support;

/// <summary>Builds provider chains against a fake server with test-sized timeouts.</summary>
public static class Chains
{
    public const string PlantedKey = "sk-planted-FAKE-1234567890";

    public static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static ResilienceOptions Fast { get; } = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryAfter = TimeSpan.FromMilliseconds(300),
        AttemptTimeout = TimeSpan.FromSeconds(3),
        CircuitFailureThreshold = 50,
        BreakDuration = TimeSpan.FromMilliseconds(600),
    };

    public static ProviderOptions Provider(FakeOpenAiServer server, string name = "deepseek") =>
        new(name, ProviderKind.OpenAiCompatible, server.BaseUrl, "FAKE_KEY", ["deepseek-chat"]);

    public static ProviderClient Create(FakeOpenAiServer server, IUsageLedger ledger, ResilienceOptions? resilience = null, IReadOnlyList<Budget>? budgets = null, string name = "deepseek") =>
        ProviderClient.Create(Provider(server, name), PlantedKey, Http,
            new MeteringOptions { Provider = name, Ledger = ledger, Budgets = budgets ?? [] }, resilience ?? Fast);
}
