namespace Roots.Tokens.Tokenizers;

/// <summary>
/// Counts the tokens a model would see for a text. Implementations are immutable after creation
/// and safe to call from many threads at once; counting allocates no list of token ids.
/// </summary>
public interface ITokenCounter
{
    /// <summary>The canonical name, e.g. <c>o200k_base</c> or the name a tokenizer.json was registered under.</summary>
    string Name { get; }

    /// <summary>
    /// The number of tokens of <paramref name="text"/> as plain text: strings that look like special
    /// tokens of a tiktoken encoding (<c>&lt;|endoftext|&gt;</c>) are counted as ordinary text, as
    /// tiktoken's <c>encode_ordinary</c> does; added tokens of a tokenizer.json are matched as the
    /// Hugging Face tokenizers do. No BOS/EOS a chat template would add is counted.
    /// </summary>
    long CountTokens(string text);
}
