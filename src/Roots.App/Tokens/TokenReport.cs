using Roots.Tokens.Pricing;

namespace Roots.App.Tokens;

/// <summary>What <c>roots tokens</c> prints: per input, the counts per tokenizer and the cost per model.</summary>
/// <param name="PricesAsOf">The date of the default price table used.</param>
/// <param name="Inputs">One entry per input, in the order given.</param>
public sealed record TokenReport(DateOnly PricesAsOf, IReadOnlyList<TokenInputReport> Inputs);

/// <summary>One input's counts and costs.</summary>
/// <param name="Label">The input's name.</param>
/// <param name="Characters">Its characters (code points).</param>
/// <param name="Counts">Tokens per tokenizer asked for.</param>
/// <param name="Models">Costs per model asked for.</param>
public sealed record TokenInputReport(string Label, long Characters, IReadOnlyList<TokenCount> Counts, IReadOnlyList<ModelCost> Models);

/// <summary>A tokenizer's count for one input.</summary>
/// <param name="Tokenizer">The tokenizer's canonical name.</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="CharactersPerToken">Characters per token (0 for an empty text).</param>
public sealed record TokenCount(string Tokenizer, long Tokens, double CharactersPerToken);

/// <summary>What one input would cost with one model, sent as input or produced as output.</summary>
/// <param name="Model">The model asked for.</param>
/// <param name="Tokenizer">The tokenizer its tokens were counted with.</param>
/// <param name="Approximate">True when that is not the model's own tokenizer.</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="AsInput">The cost as input tokens; null when the price is unknown.</param>
/// <param name="AsOutput">The cost as output tokens; null when the price is unknown.</param>
public sealed record ModelCost(string Model, string Tokenizer, bool Approximate, long Tokens, Money? AsInput, Money? AsOutput)
{
    /// <summary>False when the model has no price: the costs are unknown, never zero.</summary>
    public bool PriceKnown => AsInput is not null;
}
