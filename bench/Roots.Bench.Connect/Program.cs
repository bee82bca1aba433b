using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Roots.App;
using Roots.App.UseCases;
using Roots.Core.Ports;
using Roots.Storage.Sqlite;

// connect-bench fill-vectors LIBRARY [--chunks-per-item 1.5]   synthetic unit vectors for every item (latency only: no meaning)
// connect-bench related LIBRARY [--count 200]                   p50/p95 of Library.RelatedAsync over random items
// connect-bench semantic LIBRARY QUERIES.jsonl [--mode semantic|hybrid]   p50/p95 of Library.SearchAsync, query embedding included
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: connect-bench fill-vectors|related|semantic LIBRARY [QUERIES] [options]");
    return 2;
}

string command = args[0];
string library = args[1];
string Option(string name, string fallback) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

switch (command)
{
    case "fill-vectors":
    {
        using var store = SqliteStore.Open(Path.Combine(library, Library.DatabaseFileName));
        double perItem = double.Parse(Option("--chunks-per-item", "1.5"), CultureInfo.InvariantCulture);
        var random = new Random(42);
        var clock = Stopwatch.StartNew();
        long total = 0;
        while (true)
        {
            var ids = await store.PendingEmbeddingAsync(Roots.Models.Embeddings.MiniLmEmbeddingGenerator.ModelId, 2000);
            if (ids.Count == 0)
            {
                break;
            }

            var batch = ids.Select(id =>
            {
                int chunks = random.NextDouble() < perItem - 1 ? 2 : 1;
                var v = new float[chunks * 384];
                for (int c = 0; c < chunks; c++)
                {
                    var row = v.AsSpan(c * 384, 384);
                    for (int k = 0; k < 384; k++)
                    {
                        row[k] = (float)(random.NextDouble() - 0.5);
                    }

                    float norm = System.Numerics.Tensors.TensorPrimitives.Norm(row);
                    System.Numerics.Tensors.TensorPrimitives.Divide(row, norm, row);
                }

                return new ItemEmbedding(id, 1, Roots.Models.Embeddings.MiniLmEmbeddingGenerator.ModelId, 384, v);
            }).ToList();

            // The stored version must be the item's current one to count as embedded.
            var items = await store.GetManyAsync(ids);
            batch = batch.Select((b, i) => b with { Version = items[i].CurrentVersion }).ToList();
            await store.SaveEmbeddingsAsync(batch);
            total += ids.Count;
        }

        Console.Error.WriteLine($"filled {total} items in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    case "related":
    {
        using var lib = Library.Open(library).Value;
        int count = int.Parse(Option("--count", "200"), CultureInfo.InvariantCulture);
        long items = await lib.Read.CountAsync();
        var random = new Random(7);
        await lib.Related.RelatedAsync("1"); // load vectors and warm up
        var times = new List<double>();
        for (int i = 0; i < count; i++)
        {
            string id = random.NextInt64(1, items + 1).ToString(CultureInfo.InvariantCulture);
            long start = Stopwatch.GetTimestamp();
            await lib.Related.RelatedAsync(id, 10);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Report($"related ({items} items)", times);
        return 0;
    }

    case "keywords":
    {
        using var lib = Library.Open(library).Value;
        var random = new Random(7);
        var times = new List<double>();
        for (int i = 0; i < 50; i++)
        {
            long id = random.NextInt64(1, 100_000);
            string text = await lib.Store.GetTextAsync(id) ?? "";
            long start = Stopwatch.GetTimestamp();
            await lib.Keywords.KeywordsAsync(text);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Report("keywords", times);
        return 0;
    }

    case "lexical-terms":
    {
        // The lexical half of related alone: BM25 over an item's N most frequent words.
        using var lib = Library.Open(library).Value;
        int n = int.Parse(Option("--terms", "12"), CultureInfo.InvariantCulture);
        var random = new Random(7);
        var times = new List<double>();
        for (int i = 0; i < 50; i++)
        {
            long id = random.NextInt64(1, 100_000);
            string text = await lib.Store.GetTextAsync(id) ?? "";
            var terms = Roots.Core.Understanding.KeywordCandidates.Of(text).Terms.OrderByDescending(t => t.Value.Count).Take(n).Select(t => t.Key).ToList();
            long start = Stopwatch.GetTimestamp();
            await lib.Index.SearchAsync(new SearchRequest(terms, ItemFilter.None with { Limit = 51 }));
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Report($"bm25 {n} terms", times);
        return 0;
    }

    case "semantic":
    {
        using var lib = Library.Open(library).Value;
        var mode = Enum.Parse<SearchMode>(Option("--mode", "semantic"), ignoreCase: true);
        var queries = File.ReadLines(args[2]).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        await lib.Find.SearchAsync(queries[0], ItemFilter.None with { Limit = 10 }, snippets: false, mode);
        var times = new List<double>();
        foreach (string query in queries)
        {
            long start = Stopwatch.GetTimestamp();
            await lib.Find.SearchAsync(query, ItemFilter.None with { Limit = 10 }, snippets: false, mode);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Report($"{mode} search ({await lib.Read.CountAsync()} items)", times);
        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command {command}");
        return 2;
}

static void Report(string label, List<double> times)
{
    times.Sort();
    double P(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p * times.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: n={times.Count} p50={P(0.50):0.0} ms p95={P(0.95):0.0} ms p99={P(0.99):0.0} ms max={times[^1]:0.0} ms"));
}
