using System.Text.RegularExpressions;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// One regex split of a tokenizer.json pre-tokenizer (a <c>Split</c> with behaviour <c>Isolated</c>
/// or <c>Removed</c>, or the GPT-2 regex of a <c>ByteLevel</c> with <c>use_regex</c>).
/// </summary>
/// <param name="Regex">The pattern, by code point (see <see cref="RegexSplitter"/>).</param>
/// <param name="KeepMatches">False for <c>Removed</c>: matches are dropped, the text between them kept.</param>
internal sealed record SplitStep(Regex Regex, bool KeepMatches)
{
    /// <summary>Splits each piece of <paramref name="input"/> into <paramref name="output"/>.</summary>
    public void Apply(ReadOnlySpan<char> text, List<(int Offset, int Length)> input, List<(int Offset, int Length)> output)
    {
        foreach (var (offset, length) in input)
        {
            if (KeepMatches)
            {
                RegexSplitter.Split(Regex, text.Slice(offset, length), offset, keepGaps: true, output);
            }
            else
            {
                RemoveMatches(text.Slice(offset, length), offset, output);
            }
        }
    }

    private void RemoveMatches(ReadOnlySpan<char> piece, int offset, List<(int Offset, int Length)> output)
    {
        var matches = new List<(int Offset, int Length)>();
        RegexSplitter.Split(Regex, piece, 0, keepGaps: false, matches);
        int end = 0;
        foreach (var (start, length) in matches)
        {
            if (start > end)
            {
                output.Add((offset + end, start - end));
            }

            end = start + length;
        }

        if (end < piece.Length)
        {
            output.Add((offset + end, piece.Length - end));
        }
    }
}
