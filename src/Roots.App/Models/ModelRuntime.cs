using Microsoft.Extensions.AI;
using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Models.Resilience;
using Roots.Tokens.Pricing;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Models;

/// <summary>
/// The configured providers as metered, resilient clients, built on first use and kept for the
/// life of the library so each provider's circuit breaker remembers its failures.
/// </summary>
internal sealed class ModelRuntime(LibraryConfig config, IUsageLedger ledger, TimeProvider time, TimeZoneInfo zone, ProviderKeys keys) : IDisposable
{
    // One HTTP client for all providers: the pipeline times each attempt, so no client timeout.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly Dictionary<string, ProviderClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private SecretScrubber? _scrubber;

    /// <summary>The dated default prices with the library's own <c>prices</c> on top.</summary>
    public PriceBook Prices { get; } = PriceBook.Default.WithOverrides(config.Prices.Select(p => p.ToOverride()));

    public ProviderKeys Keys => keys;

    /// <summary>Removes every configured provider's key (whichever provider answered) from answers, errors and ledger rows.</summary>
    public SecretScrubber Scrubber => _scrubber ??= new SecretScrubber(keys.AllSet(
        config.Providers.Select(p => p.ToDeclaration().Parse()).Where(r => r.IsSuccess).Select(r => r.Value)));

    /// <summary>The tokenizers estimates count with: the built-in ones and the library's tokenizer.json files.</summary>
    public TokenizerRegistry Tokenizers { get; init; } = TokenizerRegistry.Shared;

    public IReadOnlyList<ProviderClient> Built => [.. _clients.Values];

    /// <summary>
    /// The client and model for <paramref name="model"/>: the provider that lists it, else the first
    /// provider's default model. Fails with a one-line reason when nothing fits.
    /// </summary>
    public Result<(IChatClient Chat, ProviderOptions Provider, string Model)> Resolve(string? model)
    {
        if (config.Providers.Count == 0)
        {
            return Result<(IChatClient, ProviderOptions, string)>.Fail(
                "no model provider is configured; add one under providers in roots.yaml (roots doctor checks it)");
        }

        var declaration = model is null
            ? config.Providers[0]
            : config.Providers.FirstOrDefault(p => p.Models.Contains(model, StringComparer.OrdinalIgnoreCase)) ?? config.Providers[0];
        var primary = Client(declaration);
        if (!primary.IsSuccess)
        {
            return Result<(IChatClient, ProviderOptions, string)>.Fail(primary.Error!);
        }

        string? chosen = model ?? primary.Value.Provider.DefaultModel;
        if (chosen is null)
        {
            return Result<(IChatClient, ProviderOptions, string)>.Fail(
                $"provider '{declaration.Name}' lists no models; add models: [NAME] in roots.yaml or pass --model");
        }

        IChatClient chat = primary.Value.Chat;
        if (declaration.Fallback is { Length: > 0 } fallbackName
            && config.Providers.FirstOrDefault(p => string.Equals(p.Name, fallbackName, StringComparison.OrdinalIgnoreCase)) is { } fallbackDeclaration
            && Client(fallbackDeclaration) is { IsSuccess: true } fallback)
        {
            chat = new FallbackChatClient(chat, fallback.Value.Chat, fallback.Value.Provider.DefaultModel);
        }

        return (chat, primary.Value.Provider, chosen);
    }

    private Result<ProviderClient> Client(ProviderSettings settings)
    {
        if (_clients.TryGetValue(settings.Name, out var built))
        {
            return built;
        }

        var options = settings.ToDeclaration().ToOptions();
        if (!options.IsSuccess)
        {
            return Result<ProviderClient>.Fail(options.Error! + " (roots doctor)");
        }

        var key = keys.KeyOf(options.Value);
        if (!key.IsSuccess)
        {
            return Result<ProviderClient>.Fail(key.Error!);
        }

        var metering = new MeteringOptions
        {
            Provider = options.Value.Name,
            Ledger = ledger,
            Prices = Prices,
            Tokenizers = Tokenizers,
            Budgets = config.Budgets.ToBudgets(),
            Time = time,
            Zone = zone,
            Scrubber = Scrubber,
        };
        var client = ProviderClient.Create(options.Value, key.Value, Http, metering, ResilienceOptions.Default, Scrubber);
        _clients[settings.Name] = client;
        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
