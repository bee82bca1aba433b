using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Roots.Core.Ports;
using Roots.Storage.Postgres;

namespace Roots.Bench.Postgres;

/// <summary>
/// Hybrid search on a library filled by <c>search N</c>: gives every item one synthetic 384-dimension unit vector (the
/// shape of all-MiniLM-L6-v2's; random, so only the cost is real) by binary COPY, loads them as <c>roots search</c> does
/// (<see cref="PostgresStore.LoadVectorsAsync"/>), then times 200 queries as Library.HybridRankAsync runs them: lexical top
/// 100, the 100 nearest vectors (brute force, both cores), reciprocal rank fusion. The query's embedding is not timed.
/// </summary>
internal static class HybridLatency
{
    private const string Model = "bench-minilm";
    private const int Dimensions = 384;
    private const int Depth = 100;

    public static async Task<int> RunAsync(string connectionString, int n)
    {
        using var store = PostgresStore.Open(connectionString);
        var watch = Stopwatch.StartNew();
        if (await CountAsync(connectionString) < n)
        {
            await FillAsync(connectionString, n);
            Console.WriteLine($"vectors filled: {watch.Elapsed.TotalSeconds:F0} s");
        }

        watch.Restart();
        var matrix = await store.LoadVectorsAsync(Model);
        Console.WriteLine($"loaded {matrix.Rows:N0} vectors in {watch.Elapsed.TotalSeconds:F0} s");

        var random = new Random(11);
        var queries = Enumerable.Range(0, 220).Select(_ => SearchLatency.Query(random)).ToList();
        var lexical = new List<double>();
        var semantic = new List<double>();
        var total = new List<double>();
        for (int q = 0; q < queries.Count; q++)
        {
            float[] vector = Unit(random);
            var clock = Stopwatch.StartNew();
            var hits = await store.SearchAsync(new SearchRequest(queries[q], new ItemFilter(Limit: Depth)));
            double a = clock.Elapsed.TotalMilliseconds;
            var near = matrix.Nearest(vector, Depth, null, Environment.ProcessorCount);
            double b = clock.Elapsed.TotalMilliseconds;
            var fused = Fuse(hits.Select(h => h.ItemId).ToList(), near.Select(h => h.ItemId).ToList());
            double c = clock.Elapsed.TotalMilliseconds;
            if (q >= 20 && fused.Count > 0)
            {
                lexical.Add(a);
                semantic.Add(b - a);
                total.Add(c);
            }
        }

        Console.WriteLine($"hybrid {n:N0} docs, 200 queries, depth {Depth}: {Summary(total)}");
        Console.WriteLine($"  lexical top {Depth}: {Summary(lexical)}");
        Console.WriteLine($"  nearest {Depth} of {matrix.Rows:N0} vectors: {Summary(semantic)}");
        return 0;
    }

    private static string Summary(List<double> times)
    {
        times.Sort();
        return $"p50 {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, max {times[^1]:F1} ms";
    }

    /// <summary>Reciprocal rank fusion with k = 60, both lists weighted 1 (Roots.App's ReciprocalRankFusion).</summary>
    private static List<long> Fuse(List<long> a, List<long> b)
    {
        var scores = new Dictionary<long, double>();
        foreach (var list in new[] { a, b })
        {
            for (int r = 0; r < list.Count; r++)
            {
                scores[list[r]] = scores.GetValueOrDefault(list[r]) + (1.0 / (60 + r + 1));
            }
        }

        return scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
    }

    private static float[] Unit(Random random)
    {
        var vector = new float[Dimensions];
        double norm = 0;
        for (int i = 0; i < vector.Length; i++)
        {
            // Box–Muller: a Gaussian direction is uniform on the sphere once normalised.
            double g = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            vector[i] = (float)g;
            norm += g * g;
        }

        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(vector[i] / Math.Sqrt(norm));
        }

        return vector;
    }

    private static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM embeddings", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task FillAsync(string connectionString, int n)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var clear = new NpgsqlCommand("TRUNCATE embeddings; UPDATE vector_changes SET changes = changes + 1", connection))
        {
            await clear.ExecuteNonQueryAsync();
        }

        var random = new Random(17);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY embeddings (item_id, version, model, dims, chunks, vectors, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (long id = 1; id <= n; id++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Bigint);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(Model, NpgsqlDbType.Text);
                await writer.WriteAsync(Dimensions, NpgsqlDbType.Integer);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(Unit(random), NpgsqlDbType.Array | NpgsqlDbType.Real);
                await writer.WriteAsync(id, NpgsqlDbType.Bigint);
            }

            await writer.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE embeddings", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
