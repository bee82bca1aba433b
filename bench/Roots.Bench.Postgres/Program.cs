// postgres-bench: checks and measures the PostgreSQL store against a server named by ROOTS_TEST_POSTGRES
// (eval "$(bash scripts/postgres-throwaway.sh)"). Each run creates its own database and drops it after.
//   agree N    keeps the same N documents in SQLite and PostgreSQL, compares top-10 ids and scores of 50 queries
//   search N   fills N synthetic documents by binary COPY, reports lexical search p50/p95 over 200 queries
//              and checks the threshold search against exhaustive scoring on the first queries
//   hybrid N   on a library filled by search N (--db NAME): one synthetic 384-dimension vector per item, then
//              lexical top 100 + nearest 100 vectors + rank fusion over 200 queries
//   (add --keep to keep the database of a search run, --db NAME to reuse one filled before, --check Q to compare Q queries)
using Roots.Bench.Postgres;

string? server = Environment.GetEnvironmentVariable("ROOTS_TEST_POSTGRES");
if (string.IsNullOrEmpty(server) || args.Length < 2 || !int.TryParse(args[1], out int n) || args[0] is not ("agree" or "search" or "hybrid"))
{
    Console.Error.WriteLine("usage: postgres-bench agree|search|hybrid N [--keep] [--db NAME]  (with ROOTS_TEST_POSTGRES set)");
    return 2;
}

bool keep = args.Contains("--keep");
int dbAt = Array.IndexOf(args, "--db");
string? reuse = dbAt >= 0 && dbAt + 1 < args.Length ? args[dbAt + 1] : null;
await using var database = reuse is null ? await TestDatabase.CreateAsync(server, keep) : TestDatabase.Existing(server, reuse);
return args[0] == "agree" ? await Agreement.RunAsync(database.ConnectionString, n)
    : args[0] == "hybrid" ? await HybridLatency.RunAsync(database.ConnectionString, n)
    : await SearchLatency.RunAsync(database.ConnectionString, n, filled: reuse is not null,
        check: Array.IndexOf(args, "--check") is int c and >= 0 && c + 1 < args.Length ? int.Parse(args[c + 1], System.Globalization.CultureInfo.InvariantCulture) : 20);
