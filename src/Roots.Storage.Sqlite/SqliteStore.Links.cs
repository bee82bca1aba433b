using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : ILinkStore
{
    /// <inheritdoc />
    public ValueTask ReplaceLinksAsync(string kind, IReadOnlyCollection<long> sources, IReadOnlyList<Link> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(links);
        using var transaction = _connection.BeginTransaction();
        using (var delete = Command("DELETE FROM links WHERE kind = $kind AND source_id IN (SELECT value FROM json_each($ids))", transaction))
        {
            delete.Parameters.AddWithValue("$kind", kind);
            delete.Parameters.AddWithValue("$ids", "[" + string.Join(',', sources) + "]");
            delete.ExecuteNonQuery();
        }

        InsertLinks(links, transaction);
        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask AddLinksAsync(IReadOnlyList<Link> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        using var transaction = _connection.BeginTransaction();
        InsertLinks(links, transaction);
        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    private void InsertLinks(IReadOnlyList<Link> links, SqliteTransaction transaction)
    {
        using var insert = Command(
            """
            INSERT INTO links (source_id, kind, target_id, weight, evidence) VALUES ($s, $k, $t, $w, $e)
            ON CONFLICT (source_id, kind, target_id) DO UPDATE SET weight = excluded.weight, evidence = excluded.evidence
            """, transaction);
        foreach (var link in links)
        {
            if (link.SourceId == link.TargetId)
            {
                continue; // an item does not link to itself
            }

            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$s", link.SourceId);
            insert.Parameters.AddWithValue("$k", link.Kind);
            insert.Parameters.AddWithValue("$t", link.TargetId);
            insert.Parameters.AddWithValue("$w", link.Weight);
            insert.Parameters.AddWithValue("$e", (object?)link.Evidence ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Link>> LinksFromAsync(long itemId, string? kind = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReadLinks("source_id", itemId, kind));

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Link>> LinksToAsync(long itemId, string? kind = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReadLinks("target_id", itemId, kind));

    private IReadOnlyList<Link> ReadLinks(string column, long itemId, string? kind)
    {
        using var command = Command(
            $"SELECT source_id, kind, target_id, weight, evidence FROM links WHERE {column} = $id AND ($kind IS NULL OR kind = $kind) ORDER BY kind, weight DESC, source_id, target_id");
        command.Parameters.AddWithValue("$id", itemId);
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        return ReadLinkRows(command).ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Link> AllLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT source_id, kind, target_id, weight, evidence FROM links ORDER BY source_id, kind, target_id");
        foreach (var link in ReadLinkRows(command))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return link;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static IEnumerable<Link> ReadLinkRows(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new Link(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? 1.0 : reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<(long ItemId, string Url)>> FindByUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var found = new List<(long, string)>();
        if (urls.Count == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<(long, string)>>(found);
        }

        // An item's own URL is its url column, or a DOI link when it was collected from doi.org.
        using var command = Command(
            """
            SELECT i.id, j.value FROM json_each($urls) j JOIN items i ON i.url = j.value
            UNION
            SELECT i.id, j.value FROM json_each($urls) j JOIN items i ON i.external_id = j.value
            ORDER BY 1
            """);
        command.Parameters.AddWithValue("$urls", System.Text.Json.JsonSerializer.Serialize(urls, StoreJson.Default.IReadOnlyCollectionString));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return ValueTask.FromResult<IReadOnlyList<(long, string)>>(found);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<(long ItemId, string Title)>> AllTitlesAsync(CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT id, title FROM items ORDER BY id");
        using var reader = command.ExecuteReader();
        var titles = new List<(long, string)>();
        while (reader.Read())
        {
            titles.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return ValueTask.FromResult<IReadOnlyList<(long, string)>>(titles);
    }
}
