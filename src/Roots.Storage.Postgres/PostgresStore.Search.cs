using System.Data;
using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <remarks>
/// Each document's distinct terms sit in a <c>text[]</c> with a GIN index (candidate generation) beside its
/// title and body term frequencies; <see cref="Bm25"/> scores in C# with FTS5's exact formula. A query does
/// not score every match: MaxScore pruning (see <see cref="SearchAsync"/>) scores only the documents that
/// can still enter the top k, and returns exactly what exhaustive scoring returns.
/// </remarks>
public sealed partial class PostgresStore
{
    /// <summary>At most this many distinct terms are searched; longer queries keep their first terms (as in SQLite).</summary>
    public const int MaxQueryTerms = 64;

    /// <summary>Scores every matching document instead of pruning; for checking MaxScore against brute force. Default false.</summary>
    public bool ExhaustiveSearch { get; set; }

    /// <inheritdoc />
    /// <remarks>
    /// MaxScore: each term can add at most idf · (k1 + 1) to a score. Terms are taken rarest first; the
    /// documents containing a term (and none taken before) are scored on every query term, which raises θ,
    /// the k-th best score so far (k = offset + limit). Once the bounds of the terms not yet taken sum below θ,
    /// a document containing only those cannot enter the top k, so the search stops: exact, and common
    /// terms' long posting lists are usually never read. Runs in one repeatable-read snapshot, so statistics
    /// and documents agree while other workers write.
    /// </remarks>
    public async ValueTask<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string[] terms = QueryTerms(request.Terms);
        int k = request.Filter.Offset + request.Filter.Limit;
        if (terms.Length == 0 || request.Filter.Limit <= 0)
        {
            return [];
        }

        await using var transaction = await _connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var (documents, tokens) = await TotalsAsync(transaction, cancellationToken).ConfigureAwait(false);
        if (documents <= 0)
        {
            return [];
        }

        var frequencies = await FrequenciesAsync(terms, cancellationToken, transaction).ConfigureAwait(false);
        long[] df = terms.Select(t => frequencies.GetValueOrDefault(t)).ToArray();
        var bm25 = new Bm25(documents, tokens, df, request.TitleWeight);
        var top = new TopHits(k);
        int[] order = Enumerable.Range(0, terms.Length).Where(i => df[i] > 0).OrderBy(i => df[i]).ThenBy(i => i).ToArray();
        if (ExhaustiveSearch)
        {
            await ScoreAsync(transaction, request.Filter, terms, "d.terms && @q", [], bm25, top, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            double[] remaining = new double[order.Length + 1];
            for (int r = order.Length - 1; r >= 0; r--)
            {
                remaining[r] = remaining[r + 1] + bm25.Bound(order[r]);
            }

            for (int r = 0; r < order.Length; r++)
            {
                // A margin far above rounding error keeps the cut exact: it only ever scores more.
                if (top.IsFull && remaining[r] * (1 + 1e-9) < top.Threshold)
                {
                    break;
                }

                string[] taken = order[..r].Select(i => terms[i]).ToArray();
                await ScoreAsync(transaction, request.Filter, terms, "d.terms @> ARRAY[@term]::text[] AND NOT (d.terms && @taken)",
                    [("term", terms[order[r]]), ("taken", taken)], bm25, top, cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return top.Ordered().Skip(request.Filter.Offset).Take(request.Filter.Limit).ToList();
    }

    /// <summary>Scores every document matching <paramref name="match"/> (and the filter) on all query terms, offering each to <paramref name="top"/>.</summary>
    private async ValueTask ScoreAsync(NpgsqlTransaction transaction, ItemFilter filter, string[] terms, string match,
        (string Name, object Value)[] values, Bm25 bm25, TopHits top, CancellationToken cancellationToken)
    {
        await using var command = Command("", transaction);
        command.Parameters.AddWithValue("q", terms);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var conditions = FilterSql.Conditions(filter, command, "i");
        string join = conditions.Count == 0 ? "" : "JOIN items i ON i.id = d.item_id";
        string where = string.Join(" AND ", conditions.Prepend(match));
        // One plain column pair per query term (no per-row subplans): a term's position in the document's terms,
        // then its title and body frequency; a term the document lacks reads as 0.
        var positions = Enumerable.Range(0, terms.Length).Select(t => $"array_position(d.terms, @q{t}) AS p{t}");
        var frequencies = Enumerable.Range(0, terms.Length).Select(t => $"coalesce(d.title_tf[p.p{t}], 0), coalesce(d.body_tf[p.p{t}], 0)");
        for (int t = 0; t < terms.Length; t++)
        {
            command.Parameters.AddWithValue($"q{t}", terms[t]);
        }

        command.CommandText =
            $"""
            SELECT d.item_id, d.len, {string.Join(", ", frequencies)}
            FROM search_docs d {join}
            CROSS JOIN LATERAL (SELECT {string.Join(", ", positions)} OFFSET 0) p
            WHERE {where}
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        int[] titleTf = new int[terms.Length];
        int[] bodyTf = new int[terms.Length];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (int t = 0; t < terms.Length; t++)
            {
                titleTf[t] = reader.GetInt32(2 + (2 * t));
                bodyTf[t] = reader.GetInt32(3 + (2 * t));
            }

            top.Offer(reader.GetInt64(0), bm25.Score(titleTf, bodyTf, reader.GetInt32(1)));
        }
    }

    /// <summary>The distinct non-empty terms, first <see cref="MaxQueryTerms"/> kept, in query order (FTS5 sums phrases in this order).</summary>
    private static string[] QueryTerms(IReadOnlyList<string> terms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (string term in terms)
        {
            if (term.Length > 0 && seen.Add(term) && seen.Count <= MaxQueryTerms)
            {
                kept.Add(term);
            }
        }

        return kept.ToArray();
    }

    /// <inheritdoc />
    ValueTask<long> ISearchIndex.CountAsync(CancellationToken cancellationToken) => DocumentCountAsync(cancellationToken);
}
