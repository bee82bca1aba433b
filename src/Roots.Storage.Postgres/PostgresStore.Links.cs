using System.Runtime.CompilerServices;
using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : ILinkStore
{
    private const string LinkColumns = "source_id, kind, target_id, weight, evidence";

    /// <inheritdoc />
    public async ValueTask ReplaceLinksAsync(string kind, IReadOnlyCollection<long> sources, IReadOnlyList<Link> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(links);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM links WHERE kind = @kind AND source_id = ANY(@ids)", tx, cancellationToken, ("kind", kind), ("ids", sources.ToArray())).ConfigureAwait(false);
        await InsertLinksAsync(links, tx, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask AddLinksAsync(IReadOnlyList<Link> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await InsertLinksAsync(links, tx, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask InsertLinksAsync(IReadOnlyList<Link> links, NpgsqlTransaction tx, CancellationToken cancellationToken)
    {
        foreach (var link in links)
        {
            if (link.SourceId == link.TargetId)
            {
                continue; // an item does not link to itself
            }

            await ExecuteAsync(
                """
                INSERT INTO links (source_id, kind, target_id, weight, evidence) VALUES (@s, @k, @t, @w, @e::text)
                ON CONFLICT (source_id, kind, target_id) DO UPDATE SET weight = excluded.weight, evidence = excluded.evidence
                """, tx, cancellationToken, ("s", link.SourceId), ("k", link.Kind), ("t", link.TargetId), ("w", link.Weight), ("e", link.Evidence)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Link>> LinksFromAsync(long itemId, string? kind = null, CancellationToken cancellationToken = default) =>
        ReadLinksAsync("source_id", itemId, kind, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Link>> LinksToAsync(long itemId, string? kind = null, CancellationToken cancellationToken = default) =>
        ReadLinksAsync("target_id", itemId, kind, cancellationToken);

    private async ValueTask<IReadOnlyList<Link>> ReadLinksAsync(string column, long itemId, string? kind, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT {LinkColumns} FROM links WHERE {column} = @id AND (@kind::text IS NULL OR kind = @kind::text) ORDER BY kind COLLATE \"C\", weight DESC, source_id, target_id",
            null, ("id", itemId), ("kind", kind));
        return await ListAsync(command, ReadLink, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Read in keyset pages, so the caller may use the store between links.</remarks>
    public async IAsyncEnumerable<Link> AllLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        (long Source, string Kind, long Target) last = (long.MinValue, "", long.MinValue);
        while (true)
        {
            await using var command = Command(
                $"""
                SELECT {LinkColumns} FROM links WHERE (source_id, kind COLLATE "C", target_id) > (@s, @k COLLATE "C", @t)
                ORDER BY source_id, kind COLLATE "C", target_id LIMIT {StreamPage}
                """, null, ("s", last.Source), ("k", last.Kind), ("t", last.Target));
            var page = await ListAsync(command, ReadLink, cancellationToken).ConfigureAwait(false);
            foreach (var link in page)
            {
                yield return link;
            }

            if (page.Count < StreamPage)
            {
                yield break;
            }

            last = (page[^1].SourceId, page[^1].Kind, page[^1].TargetId);
        }
    }

    private static Link ReadLink(NpgsqlDataReader reader) => new(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2),
        reader.IsDBNull(3) ? 1.0 : reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetString(4));

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<(long ItemId, string Url)>> FindByUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count == 0)
        {
            return [];
        }

        // An item's own URL is its url column, or a DOI link when it was collected from doi.org.
        await using var command = Command(
            """
            SELECT i.id, u FROM unnest(@urls::text[]) AS u JOIN items i ON i.url = u
            UNION
            SELECT i.id, u FROM unnest(@urls::text[]) AS u JOIN items i ON i.external_id = u
            ORDER BY 1, 2
            """, null, ("urls", urls.ToArray()));
        return await ListAsync(command, r => (r.GetInt64(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<(long ItemId, string Title)>> AllTitlesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT id, title FROM items ORDER BY id");
        return await ListAsync(command, r => (r.GetInt64(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
    }
}
