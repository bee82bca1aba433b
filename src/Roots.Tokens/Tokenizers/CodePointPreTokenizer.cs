using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// A Microsoft.ML.Tokenizers pre-tokenizer that splits by code point (see <see cref="RegexSplitter"/>)
/// and knows no special tokens, so that <c>&lt;|endoftext|&gt;</c> in a document is counted as text.
/// </summary>
internal sealed class CodePointPreTokenizer(Regex regex) : PreTokenizer
{
    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text) =>
        string.IsNullOrEmpty(text) ? [] : Split(text.AsSpan());

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) =>
        text.IsEmpty ? [] : Split(text);

    private List<(int Offset, int Length)> Split(ReadOnlySpan<char> text)
    {
        var pieces = new List<(int Offset, int Length)>(Math.Max(4, text.Length / 4));
        RegexSplitter.Split(regex, text, 0, keepGaps: false, pieces);
        return pieces;
    }
}
