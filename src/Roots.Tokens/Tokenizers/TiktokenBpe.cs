using System.Text;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// tiktoken's byte-pair merge: repeatedly join the adjacent pair whose joined bytes have the lowest
/// rank, leftmost among equals, until no joined pair is in the vocabulary. Immutable; thread-safe.
/// </summary>
internal sealed class TiktokenBpe : IBytePieceCounter
{
    /// <summary>Pieces up to this many bytes are merged by scanning; longer ones use a heap.</summary>
    private const int ScanLimit = 128;

    private readonly Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> _ranks;

    private TiktokenBpe(Dictionary<byte[], int> ranks) => _ranks = ranks.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>
    /// Reads a rank file: lines of <c>base64 rank</c> (tiktoken's format), or of <c>base64</c> alone
    /// with the rank implied by the line (the Microsoft.ML.Tokenizers data packages, which start
    /// with a <c>Capacity: N</c> line).
    /// </summary>
    public static TiktokenBpe Load(Stream stream)
    {
        var ranks = new Dictionary<byte[], int>(200_000, ByteSequenceComparer.Instance);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        int implied = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith("Capacity:", StringComparison.Ordinal))
            {
                continue;
            }

            int space = line.IndexOf(' ', StringComparison.Ordinal);
            byte[] token = Convert.FromBase64String(space < 0 ? line : line[..space]);
            int rank = space < 0 ? implied : int.Parse(line.AsSpan(space + 1), System.Globalization.CultureInfo.InvariantCulture);
            ranks[token] = rank;
            implied++;
        }

        return new TiktokenBpe(ranks);
    }

    /// <summary>The number of tokens of one pre-tokenized piece, given as UTF-8 bytes.</summary>
    public int Count(ReadOnlySpan<byte> piece)
    {
        if (piece.Length <= 1 || _ranks.ContainsKey(piece))
        {
            return Math.Min(piece.Length, 1);
        }

        return piece.Length <= ScanLimit ? CountByScanning(piece) : CountWithHeap(piece);
    }

    private int Rank(ReadOnlySpan<byte> bytes) => _ranks.TryGetValue(bytes, out int rank) ? rank : int.MaxValue;

    private int CountByScanning(ReadOnlySpan<byte> piece)
    {
        // starts[i] is where part i begins; part i ends where part i+1 begins (starts[count] = length).
        Span<int> starts = stackalloc int[piece.Length + 1];
        for (int i = 0; i <= piece.Length; i++)
        {
            starts[i] = i;
        }

        int count = piece.Length;
        while (count > 1)
        {
            int best = -1;
            int bestRank = int.MaxValue;
            for (int i = 0; i + 1 < count; i++)
            {
                int rank = Rank(piece[starts[i]..starts[i + 2]]);
                if (rank < bestRank)
                {
                    bestRank = rank;
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            starts.Slice(best + 2, count - best - 1).CopyTo(starts.Slice(best + 1));
            count--;
        }

        return count;
    }

    private int CountWithHeap(ReadOnlySpan<byte> piece)
    {
        int n = piece.Length;
        var end = new int[n];   // part starting at i ends here (exclusive); -1 once merged away
        var prev = new int[n];
        for (int i = 0; i < n; i++)
        {
            end[i] = i + 1;
            prev[i] = i - 1;
        }

        var queue = new PriorityQueue<(int Start, int Middle, int End), long>(n);
        for (int i = 0; i + 1 < n; i++)
        {
            Push(queue, piece, i, i + 1, i + 2);
        }

        int count = n;
        while (queue.TryDequeue(out var entry, out _))
        {
            // Stale when either part changed since the pair was queued.
            if (end[entry.Start] != entry.Middle || entry.Middle >= n || end[entry.Middle] != entry.End)
            {
                continue;
            }

            end[entry.Start] = entry.End;
            end[entry.Middle] = -1;
            if (entry.End < n)
            {
                prev[entry.End] = entry.Start;
            }

            count--;
            if (prev[entry.Start] >= 0)
            {
                Push(queue, piece, prev[entry.Start], entry.Start, entry.End);
            }

            if (entry.End < n)
            {
                Push(queue, piece, entry.Start, entry.End, end[entry.End]);
            }
        }

        return count;
    }

    private void Push(PriorityQueue<(int Start, int Middle, int End), long> queue, ReadOnlySpan<byte> piece, int start, int middle, int stop)
    {
        int rank = Rank(piece[start..stop]);
        if (rank != int.MaxValue)
        {
            queue.Enqueue((start, middle, stop), ((long)rank << 32) | (uint)start);
        }
    }
}
