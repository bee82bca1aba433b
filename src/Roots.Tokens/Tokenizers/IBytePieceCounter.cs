namespace Roots.Tokens.Tokenizers;

/// <summary>A BPE model that counts the tokens of one pre-tokenized piece given as UTF-8 bytes.</summary>
internal interface IBytePieceCounter
{
    /// <summary>The number of tokens of <paramref name="piece"/>.</summary>
    int Count(ReadOnlySpan<byte> piece);
}
