using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Roots.Core.Ports;
using Roots.Storage.Postgres;

namespace Roots.Bench.Postgres;

/// <summary>
/// Fills N synthetic documents (pre-analysed terms drawn from a 100,000-term vocabulary with Zipf
/// frequencies; the 25 most frequent ranks are left out, as stop words are) by binary COPY, builds the GIN
/// index after loading, then times 200 lexical searches of 2–4 terms whose ranks are log-uniform (common
/// and rare terms alike) and checks MaxScore against exhaustive scoring on the first 20.
/// </summary>
internal static class SearchLatency
{
    private const int Vocabulary = 100_000;
    private const int StopRanks = 25;

    public static async Task<int> RunAsync(string connectionString, int n, bool filled, int check = 20)
    {
        if (!filled)
        {
            await FillAsync(connectionString, n);
        }

        using var store = PostgresStore.Open(connectionString);
        if (await DirtyAsync(connectionString) > store.DirtyLimit)
        {
            // A database filled before the packed blocks (schema 3): migration 4 marked every item dirty.
            var pack = Stopwatch.StartNew();
            long packed = await store.PackSearchAsync();
            Console.WriteLine($"packed {packed:N0} postings in {pack.Elapsed.TotalSeconds:F0} s");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, "VACUUM ANALYZE search_blocks");
            await ExecuteAsync(connection, "VACUUM ANALYZE search_dirty");
            Console.WriteLine($"database {await SizeAsync(connection)}");
        }

        var random = new Random(11);
        var queries = Enumerable.Range(0, 220).Select(_ => Query(random)).ToList();
        foreach (var terms in queries.Take(20))
        {
            await store.SearchAsync(new SearchRequest(terms, new ItemFilter(Limit: 10)));
        }

        var times = new List<double>();
        foreach (var terms in queries.Skip(20))
        {
            var watch = Stopwatch.StartNew();
            await store.SearchAsync(new SearchRequest(terms, new ItemFilter(Limit: 10)));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"search {n:N0} docs, 200 queries, top 10: p50 {times[99]:F1} ms, p95 {times[189]:F1} ms, max {times[^1]:F1} ms, mean {times.Average():F1} ms");

        int differ = 0;
        foreach (var terms in queries.Skip(20).Take(check))
        {
            var request = new SearchRequest(terms, new ItemFilter(Limit: 10));
            store.ExhaustiveSearch = false;
            var pruned = await store.SearchAsync(request);
            store.ExhaustiveSearch = true;
            var exhaustive = await store.SearchAsync(request);
            if (!pruned.SequenceEqual(exhaustive))
            {
                differ++;
                Console.WriteLine($"threshold search differs from exhaustive for [{string.Join(' ', terms)}]");
            }
        }

        Console.WriteLine($"threshold search vs exhaustive: {Math.Min(check, 200) - differ}/{Math.Min(check, 200)} identical");
        return differ == 0 ? 0 : 1;
    }

    /// <summary>2–4 distinct terms whose ranks are log-uniform between the stop ranks and the vocabulary's end.</summary>
    public static List<string> Query(Random random) => Enumerable.Range(0, 2 + random.Next(3))
        .Select(_ => Term((int)Math.Exp(StopRanks == 0 ? 0 : Math.Log(StopRanks) + (random.NextDouble() * (Math.Log(Vocabulary) - Math.Log(StopRanks))))))
        .Distinct().ToList();

    private static string Term(int rank) => "w" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task FillAsync(string connectionString, int n)
    {
        PostgresStore.Open(connectionString).Dispose();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "DROP INDEX search_docs_terms; DROP INDEX search_postings_order; SET maintenance_work_mem = '1GB'; SET session_replication_role = replica");
        await using var second = new NpgsqlConnection(connectionString);
        await second.OpenAsync();
        var watch = Stopwatch.StartNew();
        var random = new Random(5);
        var zipf = new Zipf(Vocabulary, 1.0, random);
        long[] df = new long[Vocabulary];
        long tokens = 0;
        await using (var items = await connection.BeginBinaryImportAsync(
            "COPY items (id, source, kind, title, lang, current_version, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (long id = 1; id <= n; id++)
            {
                await items.StartRowAsync();
                await items.WriteAsync(id, NpgsqlDbType.Bigint);
                await items.WriteAsync("synthetic:" + id, NpgsqlDbType.Text);
                await items.WriteAsync("note", NpgsqlDbType.Text);
                await items.WriteAsync("document " + id, NpgsqlDbType.Text);
                await items.WriteAsync("en", NpgsqlDbType.Text);
                await items.WriteAsync(1, NpgsqlDbType.Integer);
                await items.WriteAsync(id, NpgsqlDbType.Bigint);
                await items.WriteAsync(id, NpgsqlDbType.Bigint);
            }

            await items.CompleteAsync();
        }

        await using (var versions = await connection.BeginBinaryImportAsync(
            "COPY versions (item_id, number, sha256, size, media_type, collected_at, text) FROM STDIN (FORMAT BINARY)"))
        {
            for (long id = 1; id <= n; id++)
            {
                await versions.StartRowAsync();
                await versions.WriteAsync(id, NpgsqlDbType.Bigint);
                await versions.WriteAsync(1, NpgsqlDbType.Integer);
                await versions.WriteAsync(id.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                await versions.WriteAsync(0L, NpgsqlDbType.Bigint);
                await versions.WriteAsync("text/plain", NpgsqlDbType.Text);
                await versions.WriteAsync(id, NpgsqlDbType.Bigint);
                await versions.WriteAsync("", NpgsqlDbType.Text);
            }

            await versions.CompleteAsync();
        }

        Console.WriteLine($"items and versions: {watch.Elapsed.TotalSeconds:F0} s");
        // The reference average length of the postings keys: the expected length (4–8 title and 30–150 body tokens).
        const double ReferenceLength = 96.0;
        await ExecuteAsync(connection, $"INSERT INTO search_reference (id, avgdl) VALUES (1, {ReferenceLength})");
        await using (var postings = await second.BeginBinaryImportAsync(
            "COPY search_postings (item_id, nkey, title_tf, body_tf, len, term) FROM STDIN (FORMAT BINARY)"))
        await using (var docs = await connection.BeginBinaryImportAsync(
            "COPY search_docs (item_id, terms, title_tf, body_tf, len, nkeys) FROM STDIN (FORMAT BINARY)"))
        {
            var counts = new Dictionary<int, (int Title, int Body)>();
            for (long id = 1; id <= n; id++)
            {
                counts.Clear();
                int titleLength = 4 + random.Next(5), bodyLength = 30 + random.Next(121);
                for (int t = 0; t < titleLength + bodyLength; t++)
                {
                    int rank;
                    do
                    {
                        rank = zipf.Next();
                    }
                    while (rank < StopRanks);

                    counts.TryGetValue(rank, out var c);
                    counts[rank] = t < titleLength ? (c.Title + 1, c.Body) : (c.Title, c.Body + 1);
                }

                foreach (int rank in counts.Keys)
                {
                    df[rank]++;
                }

                tokens += titleLength + bodyLength;
                int length = titleLength + bodyLength;
                string[] names = counts.Keys.Select(Term).ToArray();
                int[] title = counts.Values.Select(c => c.Title).ToArray(), body = counts.Values.Select(c => c.Body).ToArray();
                // The store's posting key (DocTerms.NegativeKeys): −f·A0 / (0.25·A0 + 0.75·D) with f = 2·title tf + body tf.
                float[] keys = counts.Values.Select(c => (float)-((2 * c.Title + c.Body) * ReferenceLength / ((0.25 * ReferenceLength) + (0.75 * length)))).ToArray();
                await docs.StartRowAsync();
                await docs.WriteAsync(id, NpgsqlDbType.Bigint);
                await docs.WriteAsync(names, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await docs.WriteAsync(title, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await docs.WriteAsync(body, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await docs.WriteAsync(length, NpgsqlDbType.Integer);
                await docs.WriteAsync(keys, NpgsqlDbType.Array | NpgsqlDbType.Real);
                for (int i = 0; i < names.Length; i++)
                {
                    await postings.StartRowAsync();
                    await postings.WriteAsync(id, NpgsqlDbType.Bigint);
                    await postings.WriteAsync(keys[i], NpgsqlDbType.Real);
                    await postings.WriteAsync(title[i], NpgsqlDbType.Integer);
                    await postings.WriteAsync(body[i], NpgsqlDbType.Integer);
                    await postings.WriteAsync(length, NpgsqlDbType.Integer);
                    await postings.WriteAsync(names[i], NpgsqlDbType.Text);
                }
                if (id % 100_000 == 0)
                {
                    Console.WriteLine($"  {id:N0} documents, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            await docs.CompleteAsync();
            await postings.CompleteAsync();
        }

        await using (var terms = await connection.BeginBinaryImportAsync("COPY term_df (term, slot, df) FROM STDIN (FORMAT BINARY)"))
        {
            for (int rank = 0; rank < Vocabulary; rank++)
            {
                if (df[rank] > 0)
                {
                    await terms.WriteRowAsync(default, Term(rank), 0, df[rank]);
                }
            }

            await terms.CompleteAsync();
        }

        await ExecuteAsync(connection,
            $"INSERT INTO search_stats (slot, docs, tokens) VALUES (0, {n}, {tokens}); " +
            $"SELECT setval(pg_get_serial_sequence('items', 'id'), {n}); SELECT setval(pg_get_serial_sequence('versions', 'id'), {n})");
        Console.WriteLine($"copied: {watch.Elapsed.TotalSeconds:F0} s");
        await Task.WhenAll(
            ExecuteAsync(connection, "CREATE INDEX search_docs_terms ON search_docs USING gin (terms)"),
            ExecuteAsync(second, "SET maintenance_work_mem = '1GB'; CREATE INDEX search_postings_order ON search_postings (term, nkey, item_id) INCLUDE (title_tf, body_tf, len)"));
        Console.WriteLine($"GIN and postings indexes built: {watch.Elapsed.TotalSeconds:F0} s");
        await Task.WhenAll(
            ExecuteAsync(connection, "VACUUM ANALYZE search_docs; ANALYZE items; ANALYZE term_df"),
            ExecuteAsync(second, "VACUUM ANALYZE search_postings"));
        Console.WriteLine($"vacuumed: {watch.Elapsed.TotalSeconds:F0} s");
        using (var store = PostgresStore.Open(connectionString))
        {
            Console.WriteLine($"packed {await store.PackSearchAsync():N0} postings: {watch.Elapsed.TotalSeconds:F0} s");
        }

        await ExecuteAsync(connection, "VACUUM ANALYZE search_blocks");
        Console.WriteLine($"database {await SizeAsync(connection)}");
        Console.WriteLine($"filled {n:N0} documents in {watch.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task<long> DirtyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM search_dirty", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> SizeAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT pg_size_pretty(pg_database_size(current_database())) || ' (postings ' || pg_size_pretty(pg_total_relation_size('search_postings')) || ', docs ' || pg_size_pretty(pg_total_relation_size('search_docs')) || ', blocks ' || pg_size_pretty(pg_total_relation_size('search_blocks')) || ')'",
            connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
