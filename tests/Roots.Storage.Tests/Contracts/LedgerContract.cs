using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IUsageLedger"/>: rows appended and read back exactly, and spending summed in exact decimals.</summary>
public abstract class LedgerContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private static LedgerEntry Call(DateTimeOffset at, string provider, decimal? cost, string? currency = "USD", string model = "deepseek-chat") =>
        new(at, provider, model, "summarize", null, 1200, 300, 0, cost, cost is null ? null : currency, 850, "success", false, null);

    [ContractFact]
    public async Task Append_ThenRead_ReturnsEveryFieldExactly()
    {
        long item = (await AddAsync(Prepared.Item("/a", "A", "a")))[0];
        LedgerEntry[] rows =
        [
            new(Start.AddMilliseconds(1), "deepseek", "deepseek-chat", "summarize", item, 12_345_678_901, 2_000, 1_000, 0.000123456789m, "USD", 1234, "success", false, null),
            new(Start.AddMilliseconds(2), "qwen", "qwen-max", "ask", null, 10, 0, 0, null, null, 15, "refused", true, "budget: daily limit reached"),
            new(Start.AddMilliseconds(3), "moonshot", "kimi", "tag", item, 1, 1, 0, 12.5m, "CNY", 0, "failed", true, "HTTP 503 \"busy\" 服务繁忙"),
        ];

        foreach (var row in rows)
        {
            await Store.AppendAsync(row);
        }

        Reopen();
        Assert.Equal(rows, await Store.ReadAsync(Start));
    }

    [ContractFact]
    public async Task Read_ReturnsRowsAtOrAfterSince_OldestFirst()
    {
        var t = Start.AddHours(1);
        await Store.AppendAsync(Call(t.AddSeconds(5), "b", 0.2m));
        await Store.AppendAsync(Call(t, "a", 0.1m));
        await Store.AppendAsync(Call(t.AddMilliseconds(-1), "early", 0.3m));
        await Store.AppendAsync(Call(t.AddSeconds(5), "c", 0.4m));

        var rows = await Store.ReadAsync(t);

        // same time: in the order appended
        Assert.Equal(["a", "b", "c"], rows.Select(r => r.Provider));
        Assert.Empty(await Store.ReadAsync(t.AddSeconds(6)));
    }

    [ContractFact]
    public async Task Spent_SumsExactDecimals_ByCurrencyProviderAndTime()
    {
        var t = Start.AddDays(1);
        for (int i = 0; i < 10; i++)
        {
            await Store.AppendAsync(Call(t.AddSeconds(i), "deepseek", 0.1m));
        }

        await Store.AppendAsync(Call(t, "deepseek", 0.000000000001m));
        await Store.AppendAsync(Call(t, "qwen", 0.2m));
        await Store.AppendAsync(Call(t, "qwen", 12.345678901234m));
        await Store.AppendAsync(Call(t, "qwen", 3m, "CNY"));
        await Store.AppendAsync(Call(t, "qwen", null));
        await Store.AppendAsync(Call(t.AddMilliseconds(-1), "deepseek", 100m));

        Assert.Equal(13.545678901235m, await Store.SpentAsync(t, null, "USD"));
        Assert.Equal(1.000000000001m, await Store.SpentAsync(t, "deepseek", "USD"));
        Assert.Equal(12.545678901234m, await Store.SpentAsync(t, "qwen", "USD"));
        Assert.Equal(3m, await Store.SpentAsync(t, null, "CNY"));
        Assert.Equal(0.5m, await Store.SpentAsync(t.AddSeconds(5), "deepseek", "USD"));
        Assert.Equal(101.000000000001m, await Store.SpentAsync(Start, "deepseek", "USD"));
        Assert.Equal(0m, await Store.SpentAsync(t, "nobody", "USD"));
        Assert.Equal(0m, await Store.SpentAsync(t, null, "EUR"));
    }

    [ContractFact]
    public async Task Spent_ManySmallPrices_DoNotDrift()
    {
        // 0.1 + 0.2 is not 0.3 in binary floating point; a ledger must not drift that way over many calls
        for (int i = 0; i < 300; i++)
        {
            await Store.AppendAsync(Call(Start, "p", i % 2 == 0 ? 0.1m : 0.2m));
        }

        await Store.AppendAsync(Call(Start, "p", 0.0000015m));

        Assert.Equal(45.0000015m, await Store.SpentAsync(Start, "p", "USD"));
    }
}
