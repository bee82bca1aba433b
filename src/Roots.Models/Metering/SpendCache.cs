using Roots.Core.Ports;

namespace Roots.Models.Metering;

/// <summary>
/// Spend so far per budget scope, read from the ledger at most every <see cref="Refresh"/> and
/// kept current with this client's own calls in between, so that the budget check before each
/// call costs a dictionary lookup instead of a ledger query (issue 5: metering under 1 ms).
/// Other processes' spend is seen within <see cref="Refresh"/>. Thread-safe.
/// </summary>
internal sealed class SpendCache(IUsageLedger ledger, TimeProvider time)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(10);

    private readonly Dictionary<(DateTimeOffset Since, string? Provider, string Currency), (decimal Amount, DateTimeOffset ReadAt)> _spent = [];
    private readonly Lock _lock = new();

    public async ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken)
    {
        var key = (since, provider, currency);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_spent.TryGetValue(key, out var cached) && now - cached.ReadAt < Refresh)
            {
                return cached.Amount;
            }
        }

        decimal amount = await ledger.SpentAsync(since, provider, currency, cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _spent[key] = (amount, now);
        }

        return amount;
    }

    /// <summary>Adds a recorded cost to every cached scope it falls in.</summary>
    public void Add(string provider, DateTimeOffset at, decimal cost, string currency)
    {
        lock (_lock)
        {
            foreach (var key in _spent.Keys.ToList())
            {
                if (at >= key.Since && key.Currency == currency && (key.Provider is null || string.Equals(key.Provider, provider, StringComparison.OrdinalIgnoreCase)))
                {
                    var value = _spent[key];
                    _spent[key] = (value.Amount + cost, value.ReadAt);
                }
            }
        }
    }
}
