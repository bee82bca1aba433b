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
    /// index until the commit) and refilled page by page with binary COPY, then packed into search_blocks, so
    /// readers see the old index or the new one, never a half-built one.
    /// </remarks>
    public async ValueTask<long> RebuildAsync(
        Func<string, string, (string TitleTerms, string BodyTerms)> analyze,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("TRUNCATE search_docs, search_postings, search_reference, term_df, search_stats, search_blocks, search_dirty", transaction, cancellationToken).ConfigureAwait(false);
        double? referenceLength = null;
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

            var docs = new List<(long Id, DocTerms Doc)>(page.Count);
            foreach (var (id, title, text) in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var terms = analyze(title, text);
                docs.Add((id, DocTerms.Of(terms.TitleTerms, terms.BodyTerms)));
            }

            // The first page's average length becomes the reference the postings keys are computed with.
            referenceLength ??= await ReferenceLengthAsync(transaction, docs.Average(d => (double)d.Doc.Length), cancellationToken).ConfigureAwait(false);
            var keys = docs.Select(d => d.Doc.NegativeKeys(referenceLength.Value)).ToList();
            await using (var writer = await _connection.BeginBinaryImportAsync(
                "COPY search_docs (item_id, terms, title_tf, body_tf, len, nkeys) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                for (int i = 0; i < docs.Count; i++)
                {
                    await WriteDocAsync(writer, docs[i].Id, docs[i].Doc, keys[i], cancellationToken).ConfigureAwait(false);
                    delta.Add(docs[i].Doc.Terms, docs[i].Doc.Length, 1);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var writer = await _connection.BeginBinaryImportAsync(
                "COPY search_postings (item_id, nkey, title_tf, body_tf, len, term) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                for (int i = 0; i < docs.Count; i++)
                {
                    await WritePostingsAsync(writer, docs[i].Id, docs[i].Doc, keys[i], cancellationToken).ConfigureAwait(false);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            count += page.Count;
            last = page[^1].Id;
            progress?.Report(count);
        }

        await ApplyIndexDeltaAsync(delta, transaction, cancellationToken).ConfigureAwait(false);
        // The rebuilt postings are packed in the same transaction: nothing is dirty after a rebuild.
        await PackPostingsAsync(transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(count);
        return count;
    }

    /// <summary>Writes one search_docs row to a binary COPY (columns item_id, terms, title_tf, body_tf, len, nkeys).</summary>
    internal static async ValueTask WriteDocAsync(NpgsqlBinaryImporter writer, long id, DocTerms doc, float[] negativeKeys, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.Terms, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.TitleTf, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.BodyTf, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(doc.Length, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(negativeKeys, NpgsqlDbType.Array | NpgsqlDbType.Real, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one document's search_postings rows to a binary COPY (columns item_id, nkey, title_tf, body_tf, len, term).</summary>
    internal static async ValueTask WritePostingsAsync(NpgsqlBinaryImporter writer, long id, DocTerms doc, float[] negativeKeys, CancellationToken cancellationToken)
    {
        for (int i = 0; i < doc.Terms.Length; i++)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(negativeKeys[i], NpgsqlDbType.Real, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(doc.TitleTf[i], NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(doc.BodyTf[i], NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(doc.Length, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(doc.Terms[i], NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }
    }
}
