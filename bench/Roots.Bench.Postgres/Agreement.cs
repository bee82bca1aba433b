using Roots.Core.Analysis;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Postgres;
using Roots.Storage.Sqlite;

namespace Roots.Bench.Postgres;

/// <summary>
/// Keeps the same library in SQLite and PostgreSQL (new items, new versions of some, duplicates refused)
/// and compares what 50 queries return: the same ids in the same order, scores equal to 1e-9 relative,
/// and the same from PostgreSQL's exhaustive scoring (MaxScore is exact).
/// </summary>
internal static class Agreement
{
    private const double Tolerance = 1e-9;

    public static async Task<int> RunAsync(string connectionString, int n)
    {
        string sqlitePath = Path.Combine(Path.GetTempPath(), $"roots-agree-{Guid.NewGuid():N}.db");
        try
        {
            using var sqlite = SqliteStore.Open(sqlitePath);
            using var postgres = PostgresStore.Open(connectionString);
            var text = new SyntheticText(3000, seed: 7);
            var items = new List<PreparedItem>();
            for (int i = 0; i < n; i++)
            {
                string body = text.Text(20 + text.Random.Next(300));
                items.Add(text.Item($"note:{i}", text.Text(3 + text.Random.Next(6)).Trim(), body, [$"t{i % 5}"], i % 7 == 0 ? "zh" : "en"));
            }

            // Some documents repeat another's content (refused as duplicates), some sources come back changed (new versions).
            for (int i = 0; i < n / 20; i++)
            {
                var copy = items[text.Random.Next(items.Count)];
                items.Add(copy with { Source = $"copy:{i}" });
            }

            if (!await KeepBothAsync(sqlite, postgres, items))
            {
                return 1;
            }

            int differ = await CompareAsync(sqlite, postgres, text, strict: true);

            // Packed: unfiltered searches read search_blocks; the new versions below are dirty and scored beside them.
            Console.WriteLine($"packed {await postgres.PackSearchAsync():N0} postings");
            differ += await CompareAsync(sqlite, postgres, text, strict: true);

            // New versions of some sources: SQLite FTS5 (contentless_delete) keeps a deleted row in bm25's row count and
            // token total, so its scores drift from exact BM25 here; ids and frequencies are compared, scores reported.
            var versions = Enumerable.Range(0, n / 10)
                .Select(_ => text.Item($"note:{text.Random.Next(n)}", text.Text(4).Trim(), text.Text(50 + text.Random.Next(200)), ["changed"], "en")).ToList();
            if (!await KeepBothAsync(sqlite, postgres, versions))
            {
                return 1;
            }

            differ += await CompareAsync(sqlite, postgres, text, strict: false);
            return differ == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (string file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<bool> KeepBothAsync(SqliteStore sqlite, PostgresStore postgres, List<PreparedItem> items)
    {
        foreach (var batch in items.Chunk(250))
        {
            var a = await sqlite.KeepAsync(batch);
            var b = await postgres.KeepAsync(batch);
            if (!a.SequenceEqual(b))
            {
                Console.WriteLine("keep outcomes differ");
                return false;
            }
        }

        Console.WriteLine($"kept {items.Count} inputs: {await ((IItemStore)postgres).CountAsync()} items; integrity: {await postgres.CheckIntegrityAsync() ?? "ok"}");
        return true;
    }

    private static async Task<int> CompareAsync(SqliteStore sqlite, PostgresStore postgres, SyntheticText text, bool strict)
    {
        int idsDiffer = 0;
        int differ = 0;
        int prunedDiffer = 0;
        double worst = 0;
        for (int q = 0; q < 50; q++)
        {
            string query = string.Join(' ', Enumerable.Range(0, 1 + text.Random.Next(4)).Select(_ => text.Word())) + (q % 9 == 0 ? " 图书馆" : "");
            var filter = (q % 5) switch
            {
                1 => new ItemFilter(Tags: ["t2"], Limit: 10),
                2 => new ItemFilter(Language: "zh", Limit: 10, Offset: 3),
                _ => new ItemFilter(Limit: 10),
            };
            var request = new SearchRequest(TextAnalyzer.Terms(query), filter);
            var expected = await sqlite.SearchAsync(request);
            postgres.ExhaustiveSearch = false;
            var pruned = await postgres.SearchAsync(request);
            postgres.ExhaustiveSearch = true;
            var exhaustive = await postgres.SearchAsync(request);
            postgres.ExhaustiveSearch = false;
            var frequencies = await postgres.DocumentFrequenciesAsync(request.Terms);
            var sqliteFrequencies = await sqlite.DocumentFrequenciesAsync(request.Terms);
            bool same = Same(expected, pruned, ref worst) & pruned.SequenceEqual(exhaustive)
                && frequencies.All(p => sqliteFrequencies[p.Key] == p.Value);
            prunedDiffer += pruned.SequenceEqual(exhaustive) ? 0 : 1;
            idsDiffer += expected.Select(h => h.ItemId).SequenceEqual(pruned.Select(h => h.ItemId)) ? 0 : 1;
            if (!same && strict)
            {
                differ++;
                Console.WriteLine($"differs: \"{query}\" sqlite [{Show(expected)}] postgres [{Show(pruned)}] exhaustive [{Show(exhaustive)}]");
            }
        }

        bool counts = await sqlite.DocumentCountAsync() == await postgres.DocumentCountAsync();
        Console.WriteLine(strict
            ? $"agree: {50 - differ}/50 queries identical (ids, order, scores to 1e-9, df, MaxScore = exhaustive), max relative score difference {worst:E2}, document counts {(counts ? "equal" : "DIFFER")}"
            : $"after new versions: {50 - idsDiffer}/50 queries with the same top ids, max relative score difference {worst:E2} (SQLite FTS5 drift), document counts {(counts ? "equal" : "DIFFER")}, threshold = exhaustive {50 - prunedDiffer}/50");
        return differ == 0 && prunedDiffer == 0 && counts ? 0 : 1;
    }

    private static bool Same(IReadOnlyList<SearchHit> a, IReadOnlyList<SearchHit> b, ref double worst)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        bool same = true;
        for (int i = 0; i < a.Count; i++)
        {
            double relative = Math.Abs(a[i].Score - b[i].Score) / Math.Max(1e-12, Math.Abs(a[i].Score));
            worst = Math.Max(worst, relative);
            same &= a[i].ItemId == b[i].ItemId && relative <= Tolerance;
        }

        return same;
    }

    private static string Show(IReadOnlyList<SearchHit> hits) => string.Join(", ", hits.Select(h => $"{h.ItemId}:{h.Score:F6}"));
}
