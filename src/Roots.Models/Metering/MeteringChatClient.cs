using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Roots.Models.Providers;
using Roots.Tokens.Budgets;
using Roots.Tokens.Ledger;
using Roots.Tokens.Pricing;

namespace Roots.Models.Metering;

/// <summary>
/// Middleware around a provider's client that makes every call visible in tokens and money:
/// it estimates the call before sending (local tokenizer, price book), refuses it when the
/// estimate would cross a budget or else reserves it in the store (<see cref="BudgetGate"/>), and
/// records one ledger row afterwards, settling the reservation, with the provider's reported
/// usage, or the local count marked estimated when the provider reported none.
/// </summary>
/// <remarks>
/// Sits outside the resilience loop, so one logical call is one row however many attempts it
/// took. Refusals and failures are recorded too (cost zero, or unknown when unpriced), with
/// the reason scrubbed of keys. Overhead is a tokenizer pass over the prompt plus one ledger
/// append, and under a budget one reserving transaction (bench/README.md). Thread-safe when the ledger is.
/// </remarks>
public sealed class MeteringChatClient : DelegatingChatClient
{
    private readonly MeteringOptions _options;
    private readonly CallEstimator _estimator;
    private readonly BudgetGate _gate;

    /// <summary>Meters <paramref name="inner"/>.</summary>
    public MeteringChatClient(IChatClient inner, MeteringOptions options)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _estimator = new CallEstimator(options.Prices, options.Tokenizers);
        _gate = new BudgetGate(options);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        string model = options?.ModelId ?? _options.DefaultModel ?? "unknown";
        var started = _options.Time.GetUtcNow();
        long input = _estimator.CountInput(model, list);
        var estimate = _options.Prices.Estimate(model, input, options?.MaxOutputTokens ?? _options.DefaultOutputTokens);
        var pass = await _gate.ReserveAsync(estimate, started, cancellationToken).ConfigureAwait(false);
        if (!pass.Allowed)
        {
            await RecordAsync(pass, started, model, options, UsageOutcome.Refused, 0, 0, 0, Zero(estimate), TimeSpan.Zero, true, pass.Message).ConfigureAwait(false);
            throw new ModelCallRefusedException(pass.Message!);
        }

        long timestamp = _options.Time.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await InnerClient.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var outcome = e is OperationCanceledException && cancellationToken.IsCancellationRequested ? UsageOutcome.Cancelled : UsageOutcome.Failed;
            await RecordAsync(pass, started, model, options, outcome, 0, 0, 0, Zero(estimate), _options.Time.GetElapsedTime(timestamp), true,
                _options.Scrubber.Scrub(e.Message)).ConfigureAwait(false);
            throw;
        }

        var latency = _options.Time.GetElapsedTime(timestamp);
        var usage = response.Usage;
        bool estimated = usage?.InputTokenCount is null || usage.OutputTokenCount is null;
        long inputTokens = usage?.InputTokenCount ?? input;
        long outputTokens = usage?.OutputTokenCount ?? _estimator.CountText(model, response.Text);
        long cached = Math.Clamp(usage?.CachedInputTokenCount ?? 0, 0, inputTokens);
        var actual = _options.Prices.Estimate(model, inputTokens, outputTokens, cached);
        await RecordAsync(pass, started, model, options, UsageOutcome.Success, inputTokens, outputTokens, cached, actual.Cost, latency, estimated, null)
            .ConfigureAwait(false);
        ModelMeter.Record(_options.Provider, model, ModelCall.OperationOf(options), inputTokens, outputTokens);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Metered as one buffered call: usage arrives with the last chunk anyway.
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    // A call that was not answered costs nothing, in the model's currency; unpriced stays unknown.
    private static Money? Zero(CostEstimate estimate) => estimate.Price is { } price ? Money.Zero(price.Currency) : null;

    // Rows are written even when the caller cancels: a paid call must not vanish from the ledger, nor its reservation linger.
    private ValueTask RecordAsync(
        BudgetPass pass, DateTimeOffset time, string model, ChatOptions? options, UsageOutcome outcome, long input, long output, long cached,
        Money? cost, TimeSpan latency, bool estimated, string? error)
    {
        var record = new UsageRecord(time, _options.Provider, model, ModelCall.OperationOf(options), ModelCall.ItemOf(options),
            input, output, cached, cost, latency, outcome, estimated);
        return _gate.Settle(pass, LedgerRows.ToEntry(record, error));
    }
}
