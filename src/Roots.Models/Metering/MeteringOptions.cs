using System.ComponentModel.DataAnnotations;
using Roots.Core.Ports;
using Roots.Models.Providers;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;
using Roots.Tokens.Tokenizers;

namespace Roots.Models.Metering;

/// <summary>What the metering middleware of one provider needs.</summary>
public sealed record MeteringOptions
{
    /// <summary>The provider's configured name, written into every row.</summary>
    public required string Provider { get; init; }

    /// <summary>Where rows go, and where spend so far is read for budgets.</summary>
    public required IUsageLedger Ledger { get; init; }

    /// <summary>Prices (default: <see cref="PriceBook.Default"/>).</summary>
    public PriceBook Prices { get; init; } = PriceBook.Default;

    /// <summary>Tokenizers for estimates (default: the shared registry).</summary>
    public TokenizerRegistry Tokenizers { get; init; } = TokenizerRegistry.Shared;

    /// <summary>Budgets; those of other providers are skipped. Empty: no call is refused.</summary>
    public IReadOnlyList<Budget> Budgets { get; init; } = [];

    /// <summary>The clock (time of rows, latency, budget periods).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The zone budget days and months are counted in (default: local).</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Local;

    /// <summary>The model priced when a call names none.</summary>
    public string? DefaultModel { get; init; }

    /// <summary>Output tokens assumed for the estimate when a call sets no maximum (default 512).</summary>
    [Range(1, 1_000_000)]
    public int DefaultOutputTokens { get; init; } = 512;

    /// <summary>
    /// How long a call's budget reservation counts if the call never settles it (its process died): longer than
    /// any call with its retries and fallback can last (default 15 minutes, at least one minute). Until then a
    /// crashed call's estimate keeps its room in the budget.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReservationLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Removes keys from the error text written into rows.</summary>
    public SecretScrubber Scrubber { get; init; } = SecretScrubber.Patterns;
}
