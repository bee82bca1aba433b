using Roots.Tokens.Pricing;

namespace Roots.Tokens.Ledger;

/// <summary>
/// One row of the ledger: a model call, what it used and what it cost. A plain value; storing it is
/// the ledger store's work.
/// </summary>
/// <param name="Time">When the call started.</param>
/// <param name="Provider">The provider's name as configured (<c>deepseek</c>).</param>
/// <param name="Model">The model.</param>
/// <param name="Operation">What it was for: <c>summarize</c>, <c>tag</c>, <c>translate</c>, <c>ask</c>, <c>embed</c> …</param>
/// <param name="ItemId">The item it worked on, if any.</param>
/// <param name="InputTokens">Input tokens, cached included.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CachedInputTokens">Input tokens served from the provider's cache.</param>
/// <param name="Cost">What it cost, or <c>null</c> when the model has no price.</param>
/// <param name="Latency">From sending to the last byte of the answer.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Estimated">True when the counts come from the local tokenizer because the provider reported no usage.</param>
public sealed record UsageRecord(
    DateTimeOffset Time,
    string Provider,
    string Model,
    string Operation,
    long? ItemId,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens,
    Money? Cost,
    TimeSpan Latency,
    UsageOutcome Outcome,
    bool Estimated);
