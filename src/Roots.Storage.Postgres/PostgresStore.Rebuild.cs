using Npgsql;
using NpgsqlTypes;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>How many items a rebuild reads and writes at a time.</summary>
    private const int RebuildPage = 1000;

    /// <inheritdoc />
    /// <remarks>
    /// One transaction: the index and its statistics are emptied (TRUNCATE, which holds other writers of the
    /// index until the commit) and refilled page by page with binary COPY, so readers see the old index or the
    /// new one, never a half-built one.
    /// </remarks>
    public async ValueTask<long> RebuildAsync(
        Func<string, string, (string TitleTerms, string BodyTerms)> analyze,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("TRUNCATE search_docs, term_df, search_stats", transaction, cancellationToken).ConfigureAwait(false);
        var delta = new IndexDelta();
        long count = 0;
        long last = long.MinValue;
        while (true)
        {
            await using var read = Command(
                "SELECT i.id, i.title, v.text FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version WHERE i.id > @last ORDER BY i.id LIMIT @page",
                transaction, ("last", last), ("page", RebuildPage));
            var page = await ListAsync(read, r => (Id: r.GetInt64(0), Title: r.GetString(1), Text: r.GetString(2)), cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            await using (var writer = await _connection.BeginBinaryImportAsync(
                "COPY search_docs (item_id, terms, title_tf, body_tf, len) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var (id, title, text) in page)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var terms = analyze(title, text);
                    var doc = DocTerms.Of(terms.TitleTerms, terms.BodyTerms);
                    await WriteDocAsync(writer, id, doc, cancellationToken).ConfigureAwait(false);
                    delta.Add(doc.Terms, doc.Length, 1);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            count += page.Count;
            last = page[^1].Id;
            progress?.Report(count);
        }

        await ApplyIndexDeltaAsync(delta, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(count);
        return count;
    }

    /// <summary>Writes one search_docs row to a binary COPY.</summary>
    internal static async ValueTask WriteDocAsync(NpgsqlBinaryImporter writer, long id, DocTerms doc, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.Terms, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.TitleTf, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.BodyTf, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.Length, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
    }
}
