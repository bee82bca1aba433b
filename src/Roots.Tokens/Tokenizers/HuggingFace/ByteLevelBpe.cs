using System.Runtime.InteropServices;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// The BPE model of a byte-level tokenizer.json: merges applied by rank, lowest first and leftmost
/// among equals, as the Hugging Face tokenizers do (which is not tiktoken's rule of ranking the
/// merged bytes, so the two engines are kept apart). Immutable; thread-safe.
/// </summary>
internal sealed class ByteLevelBpe : IBytePieceCounter
{
    /// <summary>Words up to this many bytes are merged by scanning; longer ones use a heap (no quadratic blow-up on a page without spaces).</summary>
    private const int ScanLimit = 96;

    private readonly int[] _byteIds;
    private readonly Dictionary<long, Merge> _merges;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? _wholeWords;

    /// <param name="byteIds">The vocabulary id of each single byte.</param>
    /// <param name="merges">Pair of ids → rank and merged id.</param>
    /// <param name="wholeWords">The vocabulary, when the model says <c>ignore_merges</c>: a word found whole is one token.</param>
    public ByteLevelBpe(int[] byteIds, Dictionary<long, Merge> merges, Dictionary<string, int>? wholeWords)
    {
        _byteIds = byteIds;
        _merges = merges;
        _wholeWords = wholeWords?.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A merge rule: its rank (position in <c>merges</c>) and the id it produces.</summary>
    [StructLayout(LayoutKind.Auto)]
    public readonly record struct Merge(int Rank, int Id);

    /// <summary>The key of a pair of ids.</summary>
    public static long Key(int left, int right) => ((long)left << 32) | (uint)right;

    /// <summary>The number of tokens of one pre-tokenized word, given as UTF-8 bytes.</summary>
    public int Count(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= 1)
        {
            return bytes.Length;
        }

        if (_wholeWords is { } words && IsWholeWord(words, bytes))
        {
            return 1;
        }

        return bytes.Length <= ScanLimit ? CountByScanning(bytes) : CountWithHeap(bytes);
    }

    private static bool IsWholeWord(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<byte> bytes)
    {
        var alphabet = ByteLevelAlphabet.Chars;
        Span<char> spelled = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            spelled[i] = alphabet[bytes[i]];
        }

        return words.ContainsKey(spelled);
    }

    private int CountByScanning(ReadOnlySpan<byte> bytes)
    {
        Span<int> ids = stackalloc int[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            ids[i] = _byteIds[bytes[i]];
        }

        int count = bytes.Length;
        while (count > 1)
        {
            int best = -1;
            Merge bestMerge = default;
            for (int i = 0; i + 1 < count; i++)
            {
                if (_merges.TryGetValue(Key(ids[i], ids[i + 1]), out var merge) && (best < 0 || merge.Rank < bestMerge.Rank))
                {
                    best = i;
                    bestMerge = merge;
                }
            }

            if (best < 0)
            {
                break;
            }

            ids[best] = bestMerge.Id;
            ids.Slice(best + 2, count - best - 2).CopyTo(ids.Slice(best + 1));
            count--;
        }

        return count;
    }

    private int CountWithHeap(ReadOnlySpan<byte> bytes)
    {
        int n = bytes.Length;
        var ids = new int[n];
        var next = new int[n];
        var prev = new int[n];
        for (int i = 0; i < n; i++)
        {
            ids[i] = _byteIds[bytes[i]];
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
        }

        // Priority: rank first, then position, so equal ranks merge leftmost first.
        var queue = new PriorityQueue<(int Position, int Left, int Right), long>(n);
        for (int i = 0; i + 1 < n; i++)
        {
            Push(queue, ids, i, i + 1);
        }

        int count = n;
        while (queue.TryDequeue(out var entry, out _))
        {
            int right = next[entry.Position];
            bool stale = ids[entry.Position] != entry.Left || right < 0 || ids[right] != entry.Right || prev[entry.Position] == -2;
            if (stale)
            {
                continue;
            }

            ids[entry.Position] = _merges[Key(entry.Left, entry.Right)].Id;
            next[entry.Position] = next[right];
            if (next[right] >= 0)
            {
                prev[next[right]] = entry.Position;
            }

            prev[right] = -2; // merged away
            count--;
            if (prev[entry.Position] >= 0)
            {
                Push(queue, ids, prev[entry.Position], entry.Position);
            }

            if (next[entry.Position] >= 0)
            {
                Push(queue, ids, entry.Position, next[entry.Position]);
            }
        }

        return count;
    }

    private void Push(PriorityQueue<(int Position, int Left, int Right), long> queue, int[] ids, int left, int right)
    {
        if (_merges.TryGetValue(Key(ids[left], ids[right]), out var merge))
        {
            queue.Enqueue((left, ids[left], ids[right]), ((long)merge.Rank << 32) | (uint)left);
        }
    }
}
