using System.Text.RegularExpressions;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// A tiktoken encoding (o200k_base, cl100k_base, p50k_base, r50k_base): the vocabularies of the
/// Microsoft.ML.Tokenizers data packages, tiktoken's pre-tokenizer regexes by code point, and
/// tiktoken's merge rule. Counting only (no ids), which is what lets it skip building id lists and
/// reach several times the speed of the general tokenizer; thread-safe.
/// </summary>
internal sealed class TiktokenCounter : ITokenCounter
{
    [ThreadStatic]
    private static List<(int Offset, int Length)>? _pieces;

    private readonly Regex _pattern;
    private readonly PieceCache _pieceCounts;

    private TiktokenCounter(string name, Regex pattern, TiktokenBpe bpe)
    {
        Name = name;
        _pattern = pattern;
        _pieceCounts = new PieceCache(bpe);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Loads <paramref name="encoding"/> (a canonical built-in name); takes a few hundred milliseconds.</summary>
    public static TiktokenCounter Create(string encoding)
    {
        var pattern = encoding switch
        {
            TokenizerNames.O200kBase => TiktokenPatterns.O200k(),
            TokenizerNames.Cl100kBase => TiktokenPatterns.Cl100k(),
            _ => TiktokenPatterns.R50k(),
        };
        using var ranks = TiktokenData.Open(encoding);
        return new TiktokenCounter(encoding, pattern, TiktokenBpe.Load(ranks));
    }

    /// <inheritdoc />
    public long CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        // No special tokens: text is counted as text (tiktoken's encode_ordinary), see ITokenCounter.
        var pieces = _pieces ??= [];
        pieces.Clear();
        RegexSplitter.Split(_pattern, text, 0, keepGaps: false, pieces);
        long count = 0;
        foreach (var (offset, length) in pieces)
        {
            count += _pieceCounts.Count(text.AsSpan(offset, length));
        }

        if (pieces.Capacity > 1 << 16)
        {
            _pieces = null; // do not keep a huge document's buffer alive on this thread
        }

        return count;
    }
}
