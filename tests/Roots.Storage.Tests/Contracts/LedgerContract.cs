using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary>
/// <see cref="IUsageLedger"/>: rows appended and read back exactly, spending summed in exact decimals, and budget
/// reservations made atomically across stores, settled to their rows, and dropped when they expire.
/// </summary>
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

    private static SpendReservationRequest Reserve(decimal amount, DateTimeOffset now, decimal limit = 1.00m, string provider = "deepseek", string currency = "USD") =>
        new(provider, currency, amount, now, now.AddMinutes(15), [new SpendLimit(Start, provider, "USD", limit)]);

    [ContractFact]
    public async Task Reserve_CountsAgainstTheNext_UntilTheLimitIsReached()
    {
        var first = await Store.ReserveAsync(Reserve(0.60m, Start));
        var second = await OpenAnother().ReserveAsync(Reserve(0.60m, Start.AddSeconds(1)));
        var third = await Store.ReserveAsync(Reserve(0.40m, Start.AddSeconds(2)));
        var fourth = await Store.ReserveAsync(Reserve(0.000000000001m, Start.AddSeconds(3)));

        Assert.True(first.Granted);
        Assert.Equal([0m], first.Committed);
        Assert.False(second.Granted);
        Assert.Equal([0.60m], second.Committed);
        Assert.True(third.Granted);
        Assert.False(fourth.Granted);
        Assert.Equal([1.00m], fourth.Committed);
    }

    [ContractFact]
    public async Task Reserve_SpendExactlyAtTheLimit_RefusesEvenAFreeCall()
    {
        await Store.AppendAsync(Call(Start, "deepseek", 1.00m));

        var free = await Store.ReserveAsync(Reserve(0m, Start.AddSeconds(1)));

        Assert.False(free.Granted);
        Assert.Equal([1.00m], free.Committed);
    }

    [ContractFact]
    public async Task Settle_ReplacesTheReservationWithItsRow()
    {
        var reservation = await Store.ReserveAsync(Reserve(0.60m, Start));
        var row = Call(Start, "deepseek", 0.20m);

        await OpenAnother().SettleAsync(reservation.Id!.Value, row);
        var next = await Store.ReserveAsync(Reserve(0.80m, Start.AddSeconds(1)));

        Assert.Equal([row], await Store.ReadAsync(Start));
        Assert.Equal(0.20m, await Store.SpentAsync(Start, "deepseek", "USD"));
        Assert.True(next.Granted);
        Assert.Equal([0.20m], next.Committed);
    }

    [ContractFact]
    public async Task Reserve_ExpiredReservations_StopCounting()
    {
        await Store.ReserveAsync(Reserve(0.60m, Start) with { ExpiresAt = Start.AddMinutes(1) });

        var before = await Store.ReserveAsync(Reserve(0.60m, Start.AddSeconds(59)));
        var after = await OpenAnother().ReserveAsync(Reserve(0.60m, Start.AddMinutes(1)));

        Assert.False(before.Granted);
        Assert.True(after.Granted);
        Assert.Equal([0m], after.Committed);
    }

    [ContractFact]
    public async Task Reserve_CountsOnlyItsProviderCurrencyAndPeriod()
    {
        await Store.ReserveAsync(new SpendReservationRequest("qwen", "USD", 0.50m, Start, Start.AddMinutes(15), []));
        await Store.ReserveAsync(new SpendReservationRequest("deepseek", "CNY", 5m, Start, Start.AddMinutes(15), []));
        await Store.ReserveAsync(new SpendReservationRequest("deepseek", "USD", 0.25m, Start.AddMilliseconds(-1), Start.AddMinutes(15), []));
        SpendLimit[] limits = [new(Start, "deepseek", "USD", 1m), new(Start, null, "USD", 1m), new(Start, null, "CNY", 100m)];

        var reservation = await Store.ReserveAsync(new SpendReservationRequest("deepseek", "USD", 0.10m, Start.AddSeconds(1), Start.AddMinutes(15), limits));

        Assert.True(reservation.Granted);
        Assert.Equal([0m, 0.50m, 5m], reservation.Committed);
    }

    [ContractFact]
    public async Task Reserve_TwoStoresRacing_NeverOverbookTheLimit()
    {
        // given two workers on one library, each reserving USD 0.10 twenty times against one USD 1.00 budget
        var stores = new[] { Store, OpenAnother() };

        // when they race
        var granted = await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            int count = 0;
            for (int i = 0; i < 20; i++)
            {
                count += (await store.ReserveAsync(Reserve(0.10m, Start.AddSeconds(i)))).Granted ? 1 : 0;
            }

            return count;
        })));

        // then exactly ten fit, however the two interleaved
        Assert.Equal(10, granted.Sum());
    }
}
