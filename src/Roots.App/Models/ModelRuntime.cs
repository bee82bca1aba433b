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
/// The configured providers of one library as metered, resilient clients. The resilient part (each
/// provider's circuit breaker) is the engine's, shared by every library on the same directory
/// (<see cref="ProviderCircuits"/>); the metering is wrapped around it per call, writing to the ledger
/// of the unit of work that made the call.
/// </summary>
internal sealed class ModelRuntime(LibraryConfig config, ProviderCircuits circuits, TimeProvider time, TimeZoneInfo zone, ProviderKeys keys, TokenizerRegistry tokenizers)
{
    private SecretScrubber? _scrubber;

    /// <summary>The dated default prices with the library's own <c>prices</c> on top.</summary>
    public PriceBook Prices { get; } = PriceBook.Default.WithOverrides(config.Prices.Select(p => p.ToOverride()));

    public ProviderKeys Keys => keys;

    /// <summary>Removes every configured provider's key (whichever provider answered) from answers, errors and ledger rows.</summary>
    public SecretScrubber Scrubber => _scrubber ??= new SecretScrubber(keys.AllSet(
        config.Providers.Select(p => p.ToDeclaration().Parse()).Where(r => r.IsSuccess).Select(r => r.Value)));

    /// <summary>The tokenizers estimates count with: the built-in ones and the library's tokenizer.json files.</summary>
    public TokenizerRegistry Tokenizers => tokenizers;

    /// <summary>The state of <paramref name="provider"/>'s breaker, or null when nothing has called it yet.</summary>
    public Polly.CircuitBreaker.CircuitState? CircuitOf(string provider) => circuits.StateOf(provider);

    /// <summary>
    /// The client and model for <paramref name="model"/>: the provider that lists it, else the first
    /// provider's default model. Fails with a one-line reason when nothing fits. The calls it makes write
    /// their rows to <paramref name="ledger"/>.
    /// </summary>
    public Result<(IChatClient Chat, ProviderOptions Provider, string Model)> Resolve(string? model, IUsageLedger ledger)
    {
        if (config.Providers.Count == 0)
        {
            return Result<(IChatClient, ProviderOptions, string)>.Fail(
                "no model provider is configured; add one under providers in roots.yaml (roots doctor checks it)");
        }

        var declaration = model is null
            ? config.Providers[0]
            : config.Providers.FirstOrDefault(p => p.Models.Contains(model, StringComparer.OrdinalIgnoreCase)) ?? config.Providers[0];
        var primary = Client(declaration, ledger);
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
            && Client(fallbackDeclaration, ledger) is { IsSuccess: true } fallback)
        {
            chat = new FallbackChatClient(chat, fallback.Value.Chat, fallback.Value.Provider.DefaultModel);
        }

        return (chat, primary.Value.Provider, chosen);
    }

    private Result<ProviderClient> Client(ProviderSettings settings, IUsageLedger ledger)
    {
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
        // Not disposed after the call: disposing the chain would dispose the shared breaker inside it.
        return ProviderClient.Over(circuits.For(options.Value, key.Value), options.Value, metering, Scrubber);
    }

    /// <summary>The tokenizer estimates for <paramref name="model"/> count with: its price's, else o200k_base.</summary>
    public ITokenCounter TokenizerFor(string model) =>
        Tokenizers.Get(Prices.TokenizerFor(model).Name) is { IsSuccess: true } counter
            ? counter.Value
            : Tokenizers.Get(TokenizerNames.O200kBase).Value;
}
