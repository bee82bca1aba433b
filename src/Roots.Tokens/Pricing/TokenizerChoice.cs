namespace Roots.Tokens.Pricing;

/// <summary>
/// The tokenizer that estimates a model's token counts before a call.
/// </summary>
/// <param name="Name">A tokenizer name the registry knows (<c>o200k_base</c>, or a registered tokenizer.json name).</param>
/// <param name="Approximate">True when it is not the model's own tokenizer (Claude, Gemini: theirs are not public) but the closest available; counts are then estimates that may differ by some percent.</param>
public sealed record TokenizerChoice(string Name, bool Approximate)
{
    /// <summary>The model's own tokenizer.</summary>
    public static TokenizerChoice Exact(string name) => new(name, false);

    /// <summary>The closest available stand-in.</summary>
    public static TokenizerChoice Closest(string name) => new(name, true);
}
