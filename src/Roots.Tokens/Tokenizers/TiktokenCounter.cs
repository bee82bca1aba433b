using Microsoft.ML.Tokenizers;

namespace Roots.Tokens.Tokenizers;

/// <summary>A tiktoken encoding (o200k_base, cl100k_base, p50k_base, r50k_base) through Microsoft.ML.Tokenizers.</summary>
internal sealed class TiktokenCounter : ITokenCounter
{
    private readonly TiktokenTokenizer _tokenizer;

    private TiktokenCounter(string name, TiktokenTokenizer tokenizer)
    {
        Name = name;
        _tokenizer = tokenizer;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Loads <paramref name="encoding"/> (a canonical built-in name); takes a few hundred milliseconds.</summary>
    public static TiktokenCounter Create(string encoding)
    {
        var regex = encoding switch
        {
            TokenizerNames.O200kBase => TiktokenPatterns.O200k(),
            TokenizerNames.Cl100kBase => TiktokenPatterns.Cl100k(),
            _ => TiktokenPatterns.R50k(),
        };
        using var ranks = TiktokenData.Open(encoding);

        // No special tokens: text is counted as text (tiktoken's encode_ordinary), see ITokenCounter.
        var tokenizer = TiktokenTokenizer.Create(ranks, new CodePointPreTokenizer(regex), normalizer: null, specialTokens: null);
        return new TiktokenCounter(encoding, tokenizer);
    }

    /// <inheritdoc />
    public long CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? 0 : _tokenizer.CountTokens(text);
    }
}
