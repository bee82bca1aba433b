using Npgsql;
using NpgsqlTypes;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : Roots.Core.Ports.IPackableSearchIndex
{
    /// <summary>How many postings rows a pack reads per statement.</summary>
    private const int PackPage = 200_000;

    /// <summary>
    /// Rewrites <c>search_blocks</c> from the postings rows and empties <c>search_dirty</c>, so that unfiltered searches
    /// read packed blocks (<see cref="BlockSearchAsync"/>) instead of one row per posting. Returns the postings packed.
    /// </summary>
    /// <remarks>
    /// One transaction under a SHARE lock on search_dirty: every writer of the index marks its item dirty in its own
    /// transaction (ROW EXCLUSIVE), so the lock waits for writers in flight and holds new ones until the commit; a writer
    /// that changed postings before the lock marks its item dirty after it, so the item is never trusted in the blocks.
    /// Readers are not held: they see the old blocks until the commit. Takes minutes at a million items (a full read of
    /// the postings); run it after large imports (a rebuild packs as it ends).
    /// </remarks>
    public async ValueTask<long> PackSearchAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", transaction, cancellationToken, ("key", PackLockKey)).ConfigureAwait(false);
        long packed = await PackInAsync(transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return packed;
    }

    /// <inheritdoc />
    public async ValueTask<long?> PackIfNeededAsync(int minUnpacked, CancellationToken cancellationToken = default)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // One packer at a time across every worker: the others skip rather than queue for a second full pack.
        if (await ScalarAsync("SELECT pg_try_advisory_xact_lock(@key)", transaction, cancellationToken, ("key", PackLockKey)).ConfigureAwait(false) is not true)
        {
            return null;
        }

        long unpacked = Convert.ToInt64(await ScalarAsync("SELECT count(*) FROM search_dirty", transaction, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (unpacked == 0 || unpacked < minUnpacked)
        {
            return null;
        }

        long packed = await PackInAsync(transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return packed;
    }

    /// <summary>The advisory lock key of packing (any fixed 64-bit number no other lock uses).</summary>
    private const long PackLockKey = 0x526F6F74735061; // "RootsPa"

    /// <summary>Rewrites the blocks and empties the dirty list inside <paramref name="transaction"/>.</summary>
    private async ValueTask<long> PackInAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync("LOCK TABLE search_dirty IN SHARE MODE", transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM search_blocks", transaction, cancellationToken).ConfigureAwait(false);
        long packed = await PackPostingsAsync(transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM search_dirty", transaction, cancellationToken).ConfigureAwait(false);
        return packed;
    }

    /// <summary>Reads every postings row in index order and writes them to (an empty) search_blocks, page by page.</summary>
    private async ValueTask<long> PackPostingsAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var blocks = new List<(string Term, int Block, float LastKey, byte[] Postings)>();
        string? term = null;
        int block = 0, filled = 0;
        float lastKey = 0;
        byte[] buffer = new byte[PackedPostings.BlockSize * PackedPostings.PostingBytes];
        (string Term, float Key, long Id) after = ("", float.NegativeInfinity, long.MinValue);
        long total = 0;
        bool first = true;
        while (true)
        {
            int rows = 0;
            await using (var read = Command(
                first
                    ? "SELECT term, nkey, item_id, title_tf, body_tf, len FROM search_postings ORDER BY term, nkey, item_id LIMIT @page"
                    : "SELECT term, nkey, item_id, title_tf, body_tf, len FROM search_postings WHERE (term, nkey, item_id) > (@t, @k, @i) ORDER BY term, nkey, item_id LIMIT @page",
                transaction, ("t", after.Term), ("k", after.Key), ("i", after.Id), ("page", PackPage)))
            {
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    string t = reader.GetString(0);
                    float key = reader.GetFloat(1);
                    long id = reader.GetInt64(2);
                    if (!string.Equals(t, term, StringComparison.Ordinal) || filled == PackedPostings.BlockSize)
                    {
                        Flush();
                        block = string.Equals(t, term, StringComparison.Ordinal) ? block + 1 : 0;
                        term = t;
                    }

                    PackedPostings.Write(buffer, filled++, id, reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
                    lastKey = key;
                    after = (t, key, id);
                    rows++;
                }
            }

            first = false;
            total += rows;
            if (rows < PackPage)
            {
                Flush();
            }

            await WriteBlocksAsync(blocks, cancellationToken).ConfigureAwait(false);
            blocks.Clear();
            if (rows < PackPage)
            {
                return total;
            }
        }

        void Flush()
        {
            if (filled > 0 && term is not null)
            {
                blocks.Add((term, block, lastKey, buffer.AsSpan(0, filled * PackedPostings.PostingBytes).ToArray()));
            }

            filled = 0;
        }
    }

    private async ValueTask WriteBlocksAsync(List<(string Term, int Block, float LastKey, byte[] Postings)> blocks, CancellationToken cancellationToken)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        await using var writer = await _connection.BeginBinaryImportAsync(
            "COPY search_blocks (term, block, last_nkey, postings) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var (term, block, lastKey, postings) in blocks)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(term, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(block, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(lastKey, NpgsqlDbType.Real, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(postings, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
