using Microsoft.Extensions.AI;
using Roots.Tokens.Ledger;
using Roots.Tokens.Pricing;

namespace Roots.Models.Metering;

/// <summary>
/// Metering around a remote embedding generator (an OpenAI-compatible <c>/embeddings</c> endpoint): each call is
/// counted with the local tokenizer and priced before it is sent, refused when that would cross a budget, and
/// recorded afterwards as one ledger row with operation <c>embed</c>, using the endpoint's reported
/// <c>prompt_tokens</c> when it gives them (else the local count, marked estimated). Embeddings have no output tokens.
/// </summary>
/// <remarks>The local MiniLM is free and never wrapped. Thread-safe when the ledger is.</remarks>
public sealed class MeteringEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The ledger operation of embedding calls.</summary>
    public const string Operation = "embed";

    private readonly MeteringOptions _options;
    private readonly CallEstimator _estimator;
    private readonly BudgetGate _gate;

    /// <summary>Meters <paramref name="inner"/>; <see cref="MeteringOptions.DefaultModel"/> names the model priced.</summary>
    public MeteringEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, MeteringOptions options)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _estimator = new CallEstimator(options.Prices, options.Tokenizers);
        _gate = new BudgetGate(options);
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? [.. values];
        string model = options?.ModelId ?? _options.DefaultModel ?? "unknown";
        var started = _options.Time.GetUtcNow();
        long input = texts.Sum(t => _estimator.CountText(model, t));
        var estimate = _options.Prices.Estimate(model, input, 0);
        var pass = await _gate.ReserveAsync(estimate, started, cancellationToken).ConfigureAwait(false);
        if (!pass.Allowed)
        {
            await RecordAsync(pass, started, model, UsageOutcome.Refused, 0, Zero(estimate), TimeSpan.Zero, true, pass.Message).ConfigureAwait(false);
            throw new ModelCallRefusedException(pass.Message!);
        }

        long timestamp = _options.Time.GetTimestamp();
        GeneratedEmbeddings<Embedding<float>> result;
        try
        {
            result = await base.GenerateAsync(texts, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var outcome = e is OperationCanceledException && cancellationToken.IsCancellationRequested ? UsageOutcome.Cancelled : UsageOutcome.Failed;
            await RecordAsync(pass, started, model, outcome, 0, Zero(estimate), _options.Time.GetElapsedTime(timestamp), true, _options.Scrubber.Scrub(e.Message))
                .ConfigureAwait(false);
            throw;
        }

        long tokens = result.Usage?.InputTokenCount ?? input;
        var actual = _options.Prices.Estimate(model, tokens, 0);
        await RecordAsync(pass, started, model, UsageOutcome.Success, tokens, actual.Cost, _options.Time.GetElapsedTime(timestamp), result.Usage?.InputTokenCount is null, null)
            .ConfigureAwait(false);

        ModelMeter.Record(_options.Provider, model, Operation, tokens, 0);
        return result;
    }

    private static Money? Zero(CostEstimate estimate) => estimate.Price is { } price ? Money.Zero(price.Currency) : null;

    // Rows are written even when the caller cancels: a paid call must not vanish from the ledger, nor its reservation linger.
    private ValueTask RecordAsync(BudgetPass pass, DateTimeOffset time, string model, UsageOutcome outcome, long input, Money? cost, TimeSpan latency, bool estimated, string? error)
    {
        var record = new UsageRecord(time, _options.Provider, model, Operation, null, input, 0, 0, cost, latency, outcome, estimated);
        return _gate.Settle(pass, LedgerRows.ToEntry(record, error));
    }
}
