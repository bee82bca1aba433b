namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// A byte-level BPE tokenizer loaded from a Hugging Face <c>tokenizer.json</c> (Qwen2/3, DeepSeek-V3,
/// Llama 3, GPT-2 style): added tokens split out, normalizer applied, the pre-tokenizer's regex
/// splits honoured in order, then the BPE merges. Immutable; thread-safe.
/// </summary>
public sealed class HuggingFaceTokenizer : ITokenCounter
{
    [ThreadStatic]
    private static (List<(int Offset, int Length)> A, List<(int Offset, int Length)> B)? _buffers;

    private readonly AddedTokenMatcher _addedTokens;
    private readonly TextNormalizer _normalizer;
    private readonly IReadOnlyList<SplitStep> _steps;
    private readonly PieceCache _pieceCounts;

    internal HuggingFaceTokenizer(string name, AddedTokenMatcher addedTokens, TextNormalizer normalizer, IReadOnlyList<SplitStep> steps, ByteLevelBpe bpe)
    {
        Name = name;
        _addedTokens = addedTokens;
        _normalizer = normalizer;
        _steps = steps;
        _pieceCounts = new PieceCache(bpe);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Loads a tokenizer.json; the failure says what in the file is not supported.</summary>
    public static Roots.Core.Result<HuggingFaceTokenizer> Load(string name, string path) => TokenizerJsonReader.Read(name, path);

    /// <inheritdoc />
    public long CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_addedTokens.IsEmpty)
        {
            return CountSegment(text, 0, text.Length);
        }

        long count = 0;
        int start = 0;
        while (start < text.Length)
        {
            var (index, length) = _addedTokens.Next(text, start);
            if (index < 0)
            {
                count += CountSegment(text, start, text.Length - start);
                break;
            }

            count += CountSegment(text, start, index - start) + 1;
            start = index + length;
        }

        return count;
    }

    private long CountSegment(string text, int start, int length)
    {
        if (length == 0)
        {
            return 0;
        }

        string segment = start == 0 && length == text.Length ? text : text.Substring(start, length);
        segment = _normalizer.Apply(segment);
        var (pieces, spare) = _buffers ??= ([], []);
        pieces.Clear();
        pieces.Add((0, segment.Length));
        foreach (var step in _steps)
        {
            spare.Clear();
            step.Apply(segment, pieces, spare);
            (pieces, spare) = (spare, pieces);
        }

        long count = 0;
        foreach (var (offset, pieceLength) in pieces)
        {
            count += CountWord(segment.AsSpan(offset, pieceLength));
        }

        return count;
    }

    private int CountWord(ReadOnlySpan<char> word) => _pieceCounts.Count(word);
}
