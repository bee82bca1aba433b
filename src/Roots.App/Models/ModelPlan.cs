using Roots.Tokens.Pricing;

namespace Roots.App.Models;

/// <summary>The estimate a batch shows before it runs.</summary>
/// <param name="Provider">The provider that would be called.</param>
/// <param name="Model">The model.</param>
/// <param name="Calls">Calls that would be sent (cached items excluded).</param>
/// <param name="InputTokens">Estimated input tokens.</param>
/// <param name="OutputTokens">Output tokens at most.</param>
/// <param name="Cost">The estimated total, or null when the model has no price.</param>
public sealed record ModelPlan(string Provider, string Model, int Calls, long InputTokens, long OutputTokens, Money? Cost)
{
    /// <summary>"USD 0.0123" or "price unknown".</summary>
    public string CostText => Cost?.ToString() ?? "price unknown";
}
