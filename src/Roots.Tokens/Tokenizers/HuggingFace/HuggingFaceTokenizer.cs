using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// A byte-level BPE tokenizer loaded from a Hugging Face <c>tokenizer.json</c> (Qwen2/3, DeepSeek-V3,
/// Llama 3, GPT-2 style): added tokens split out, normalizer applied, the pre-tokenizer's regex
/// splits honoured in order, then the BPE merges. Immutable; thread-safe.
/// </summary>
public sealed class HuggingFaceTokenizer : ITokenCounter
{
    /// <summary>Words longer than this are not cached: they are rare and would crowd out the common ones.</summary>
    private const int MaxCachedWordLength = 64;

    /// <summary>The cache is cleared when it grows past this many words (a crude bound that needs no LRU bookkeeping).</summary>
    private const int MaxCachedWords = 200_000;

    [ThreadStatic]
    private static (List<(int Offset, int Length)> A, List<(int Offset, int Length)> B)? _buffers;

    private readonly AddedTokenMatcher _addedTokens;
    private readonly TextNormalizer _normalizer;
    private readonly IReadOnlyList<SplitStep> _steps;
    private readonly ByteLevelBpe _bpe;
    private readonly ConcurrentDictionary<string, int> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    internal HuggingFaceTokenizer(string name, AddedTokenMatcher addedTokens, TextNormalizer normalizer, IReadOnlyList<SplitStep> steps, ByteLevelBpe bpe)
    {
        Name = name;
        _addedTokens = addedTokens;
        _normalizer = normalizer;
        _steps = steps;
        _bpe = bpe;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
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

    private int CountWord(ReadOnlySpan<char> word)
    {
        bool cacheable = word.Length <= MaxCachedWordLength;
        if (cacheable && _cacheBySpan.TryGetValue(word, out int cached))
        {
            return cached;
        }

        int byteCount = Encoding.UTF8.GetByteCount(word);
        byte[]? rented = byteCount > 512 ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        Span<byte> bytes = rented ?? stackalloc byte[byteCount];
        try
        {
            Encoding.UTF8.GetBytes(word, bytes);
            int count = _bpe.Count(bytes[..byteCount]);
            if (cacheable)
            {
                if (_cache.Count >= MaxCachedWords)
                {
                    _cache.Clear();
                }

                _cacheBySpan.TryAdd(word, count);
            }

            return count;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
