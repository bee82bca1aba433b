using Microsoft.Data.Sqlite;

namespace Roots.Storage.Sqlite;

/// <summary>
/// Keeps the totals that bm25() reads (the row count and the tokens of each column) equal to the rows the
/// index holds. FTS5 keeps them in its averages record (<c>fts_data</c>, id 1: a varint row count, then one
/// varint per column), adds a row's sizes on insert, but on a <c>contentless_delete = 1</c> table never
/// subtracts them on delete (SQLite 3.53.3), and the <c>'delete'</c> command that would is refused there. So
/// each deleted row's sizes are read from <c>fts_docsize</c> before the delete, and subtracted from the record
/// before the transaction commits. Document frequencies (fts5vocab, and the n(t) of bm25) are exact already:
/// they skip deleted rows. Should a later SQLite subtract them itself, this would subtract twice: the search
/// contract (scores after new versions against Bm25Reference) fails on such an upgrade.
/// </summary>
internal static class FtsTotals
{
    /// <summary>
    /// The aggregate that folds <c>fts_docsize.sz</c> blobs into an averages record: what FTS5 would hold had it
    /// counted deletes. Used by a migration to correct libraries written before this fix.
    /// </summary>
    public const string AggregateName = "roots_fts_totals";

    private const long AveragesRowId = 1;

    /// <summary>Registers <see cref="AggregateName"/> on <paramref name="connection"/>.</summary>
    public static void Register(SqliteConnection connection) =>
        connection.CreateAggregate<byte[], Tally?, byte[]>(
            AggregateName,
            null,
            (tally, sizes) => (tally ?? new Tally()).Add(sizes),
            // No rows: a row count of 0 (FTS5 reads missing column totals as 0; an empty blob would reach it as NULL).
            tally => tally is null ? Encode(0, []) : Encode(tally.Rows, tally.Tokens),
            isDeterministic: true);

    /// <summary>The sizes of the rows deleted in one transaction.</summary>
    public sealed class Tally
    {
        public long Rows { get; private set; }

        public long[] Tokens { get; private set; } = [];

        /// <summary>Adds one row's <c>fts_docsize.sz</c>: a varint per column.</summary>
        public Tally Add(byte[] sizes)
        {
            Rows++;
            int at = 0;
            for (int column = 0; at < sizes.Length; column++)
            {
                if (column == Tokens.Length)
                {
                    Tokens = [.. Tokens, 0];
                }

                Tokens[column] += ReadVarint(sizes, ref at);
            }

            return this;
        }
    }

    /// <summary>Subtracts <paramref name="deleted"/> from the averages record; call after the transaction's last write to fts.</summary>
    public static void Subtract(SqliteConnection connection, SqliteTransaction transaction, Tally deleted)
    {
        // FTS5 holds its running totals in memory until the transaction commits; 'flush' writes them (and the
        // pending index data the commit would write anyway) now, so that the record read next is current.
        using (var flush = Command(connection, transaction, "INSERT INTO fts (fts) VALUES ('flush')"))
        {
            flush.ExecuteNonQuery();
        }

        byte[] record;
        using (var read = Command(connection, transaction, "SELECT block FROM fts_data WHERE id = $id"))
        {
            read.Parameters.AddWithValue("$id", AveragesRowId);
            record = read.ExecuteScalar() as byte[] ?? [];
        }

        var values = new List<long>();
        for (int at = 0; at < record.Length;)
        {
            values.Add(ReadVarint(record, ref at));
        }

        while (values.Count < deleted.Tokens.Length + 1)
        {
            values.Add(0);
        }

        values[0] = Math.Max(0, values[0] - deleted.Rows);
        for (int column = 0; column < deleted.Tokens.Length; column++)
        {
            values[column + 1] = Math.Max(0, values[column + 1] - deleted.Tokens[column]);
        }

        using var write = Command(connection, transaction, "INSERT OR REPLACE INTO fts_data (id, block) VALUES ($id, $block)");
        write.Parameters.AddWithValue("$id", AveragesRowId);
        write.Parameters.AddWithValue("$block", Encode(values[0], values.Skip(1).ToArray()));
        write.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static byte[] Encode(long rows, long[] tokens)
    {
        var buffer = new List<byte>(2 + (tokens.Length * 4));
        WriteVarint(buffer, rows);
        foreach (long count in tokens)
        {
            WriteVarint(buffer, count);
        }

        return [.. buffer];
    }

    /// <summary>SQLite's varint: big-endian groups of 7 bits with the high bit set on all but the last; a 9th byte carries 8 bits.</summary>
    internal static long ReadVarint(byte[] data, ref int at)
    {
        ulong value = 0;
        for (int i = 0; i < 8; i++)
        {
            byte b = data[at++];
            value = (value << 7) | (uint)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                return unchecked((long)value);
            }
        }

        return unchecked((long)((value << 8) | data[at++]));
    }

    internal static void WriteVarint(List<byte> buffer, long signed)
    {
        ulong value = unchecked((ulong)signed);
        if ((value & (0xffUL << 56)) != 0)
        {
            // Nine bytes: the low 8 bits whole in the last, the 56 above in 7-bit groups.
            var nine = new byte[9];
            nine[8] = (byte)(value & 0xff);
            value >>= 8;
            for (int i = 7; i >= 0; i--)
            {
                nine[i] = (byte)((value & 0x7f) | 0x80);
                value >>= 7;
            }

            buffer.AddRange(nine);
            return;
        }

        Span<byte> groups = stackalloc byte[8];
        int n = 0;
        do
        {
            groups[n++] = (byte)(value & 0x7f);
            value >>= 7;
        }
        while (value != 0);

        for (int i = n - 1; i >= 0; i--)
        {
            buffer.Add((byte)(groups[i] | (i > 0 ? 0x80 : 0)));
        }
    }
}
