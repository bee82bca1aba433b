using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Roots.Core.Ports;
using Roots.Models.Metering;
using Roots.Storage.Sqlite;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Bench.Micro;

/// <summary>
/// What metering adds to one model call (issue 5 asks for under 1 ms): the same in-process
/// answer, bare (baseline) and through <see cref="MeteringChatClient"/> with a daily and a
/// monthly budget checked, counting a ~1 KB prompt with o200k and appending the row to an
/// in-memory ledger or to a real SQLite ledger file (WAL, as a library writes it).
/// </summary>
[MemoryDiagnoser]
public class MeteringBenchmarks
{
    private readonly List<ChatMessage> _prompt =
    [
        new(ChatRole.System, "Summarise the document in two to four sentences, in the document's own language."),
        new(ChatRole.User, string.Concat(Enumerable.Repeat("Roots keeps what a person collects, understands it and finds it again. 知识就是力量。 ", 10))),
    ];

    private readonly ChatOptions _options = ModelCall.Options("summarize", 42, "deepseek-chat", 300);
    private IChatClient _bare = null!;
    private IChatClient _memory = null!;
    private IChatClient _sqlite = null!;
    private SqliteStore _store = null!;
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _bare = new FixedAnswer();
        Budget[] budgets = [new(Money.Of(1_000_000m, "USD"), BudgetPeriod.Daily), new(Money.Of(1_000_000m, "USD"), BudgetPeriod.Monthly)];
        _memory = new MeteringChatClient(new FixedAnswer(), new MeteringOptions { Provider = "deepseek", Ledger = new NullLedger(), Budgets = budgets });
        _folder = Directory.CreateTempSubdirectory("roots-bench-metering-").FullName;
        _store = SqliteStore.Open(Path.Combine(_folder, "roots.db"));
        _sqlite = new MeteringChatClient(new FixedAnswer(), new MeteringOptions { Provider = "deepseek", Ledger = _store, Budgets = budgets });
        _memory.GetResponseAsync(_prompt, _options).GetAwaiter().GetResult(); // load o200k outside the measurement
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Bare() => _bare.GetResponseAsync(_prompt, _options);

    [Benchmark]
    public Task<ChatResponse> MeteredMemoryLedger() => _memory.GetResponseAsync(_prompt, _options);

    [Benchmark]
    public Task<ChatResponse> MeteredSqliteLedger() => _sqlite.GetResponseAsync(_prompt, _options);

    /// <summary>A provider that answers at once with usage, so only metering is measured.</summary>
    private sealed class FixedAnswer : IChatClient
    {
        private static readonly ChatResponse Answer = new(new ChatMessage(ChatRole.Assistant, "A short summary."))
        {
            Usage = new UsageDetails { InputTokenCount = 250, OutputTokenCount = 40 },
        };

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Answer);

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask;
            yield break;
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    /// <summary>A ledger that keeps nothing and has spent nothing.</summary>
    private sealed class NullLedger : IUsageLedger
    {
        public ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<LedgerEntry>>([]);

        public ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(0m);

        public ValueTask<SpendReservation> ReserveAsync(SpendReservationRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new SpendReservation(1, [.. request.Limits.Select(_ => 0m)]));

        public ValueTask SettleAsync(long reservationId, LedgerEntry entry, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
