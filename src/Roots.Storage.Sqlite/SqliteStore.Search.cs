using System.Globalization;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? match = FtsQuery.AnyOf(request.Terms);
        if (match is null)
        {
            return ValueTask.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        using var command = Command("");
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$rank", string.Create(CultureInfo.InvariantCulture, $"bm25({request.TitleWeight}, 1.0)"));
        command.Parameters.AddWithValue("$limit", request.Filter.Limit);
        command.Parameters.AddWithValue("$offset", request.Filter.Offset);
        bool filtered = request.Filter with { Limit = 0, Offset = 0 } != ItemFilter.None with { Limit = 0, Offset = 0 };
        if (filtered)
        {
            string where = FilterSql.Build(request.Filter, command, "i", "fts MATCH $match AND rank MATCH $rank");
            command.CommandText = $"SELECT fts.rowid, fts.rank FROM fts JOIN items i ON i.id = fts.rowid {where} ORDER BY fts.rank LIMIT $limit OFFSET $offset";
        }
        else
        {
            command.CommandText = "SELECT rowid, rank FROM fts WHERE fts MATCH $match AND rank MATCH $rank ORDER BY rank LIMIT $limit OFFSET $offset";
        }

        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetInt64(0), -reader.GetDouble(1)));
        }

        return ValueTask.FromResult<IReadOnlyList<SearchHit>>(hits);
    }

    /// <inheritdoc />
    public ValueTask<long> RebuildAsync(
        Func<string, string, (string TitleTerms, string BodyTerms)> analyze,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        using var transaction = _connection.BeginTransaction();
        using (var clear = Command("DELETE FROM fts", transaction))
        {
            clear.ExecuteNonQuery();
        }

        using var read = Command(
            "SELECT i.id, i.title, v.text FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version ORDER BY i.id",
            transaction);
        using var insert = Command("INSERT INTO fts (rowid, title, body) VALUES ($id, $title, $body)", transaction);
        var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
        var title = insert.Parameters.Add("$title", Microsoft.Data.Sqlite.SqliteType.Text);
        var body = insert.Parameters.Add("$body", Microsoft.Data.Sqlite.SqliteType.Text);
        long count = 0;
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var terms = analyze(reader.GetString(1), reader.GetString(2));
                id.Value = reader.GetInt64(0);
                title.Value = terms.TitleTerms;
                body.Value = terms.BodyTerms;
                insert.ExecuteNonQuery();
                if (++count % 1000 == 0)
                {
                    progress?.Report(count);
                }
            }
        }

        transaction.Commit();
        progress?.Report(count);
        return ValueTask.FromResult(count);
    }

    /// <inheritdoc />
    ValueTask<long> ISearchIndex.CountAsync(CancellationToken cancellationToken)
    {
        // A contentless table has no row count of its own; its doc-size shadow table has one row per document.
        using var command = Command("SELECT count(*) FROM fts_docsize");
        return ValueTask.FromResult((long)command.ExecuteScalar()!);
    }
}
