using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.TestKit;

namespace Roots.Storage.Tests.Fixtures;

/// <summary>
/// The base of every contract: a fresh, empty library per test on the engine of <typeparamref name="TFactory"/>,
/// a store open on it, and a manual clock. Contracts see the store only as <see cref="ILibraryStore"/>.
/// </summary>
public abstract class StoreContract<TFactory> : IDisposable
    where TFactory : IStoreFactory, new()
{
    /// <summary>When every test starts: a whole second, so that millisecond storage keeps it exactly.</summary>
    protected static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TFactory _factory;
    private readonly List<ILibraryStore> _others = [];

    protected StoreContract()
    {
        _factory = new TFactory();
        try
        {
            Store = _factory.Open(Clock);
        }
        catch
        {
            _factory.Dispose();
            throw;
        }
    }

    protected ManualClock Clock { get; } = new(Start);

    protected ILibraryStore Store { get; private set; }

    /// <summary>Closes the store and opens the library again, as the next run of <c>roots</c> would.</summary>
    protected void Reopen()
    {
        Store.Dispose();
        Store = _factory.Open(Clock);
    }

    /// <summary>A second store on the same library, as another worker would open; closed with the test.</summary>
    protected ILibraryStore OpenAnother()
    {
        var other = _factory.Open(Clock);
        _others.Add(other);
        return other;
    }

    /// <summary>Keeps items that must all be new; returns their ids in order.</summary>
    protected async Task<long[]> AddAsync(params PreparedItem[] items)
    {
        var outcomes = await Store.KeepAsync(items);
        Assert.All(outcomes, o => Assert.Equal(KeepResult.Added, o.Result));
        return outcomes.Select(o => o.ItemId).ToArray();
    }

    public void Dispose()
    {
        foreach (var other in _others)
        {
            other.Dispose();
        }

        Store.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
