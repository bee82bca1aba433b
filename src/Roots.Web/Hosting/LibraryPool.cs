using System.Collections.Concurrent;
using Roots.App;

namespace Roots.Web.Hosting;

/// <summary>
/// A few open <see cref="Library"/> instances shared by the requests. A library owns one SQLite
/// connection and serves one thread at a time, so a request rents one for its duration and gives
/// it back; at most <c>size</c> are open (each holds caches), and a request waits for a free one
/// rather than opening more. SQLite's WAL lets the connections read while one writes. Thread-safe.
/// </summary>
public sealed class LibraryPool : IDisposable
{
    private readonly RootsEngine _engine;
    private readonly string _directory;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<Library> _idle = [];

    /// <summary>Every open library and the generation of the configuration it was opened with.</summary>
    private readonly ConcurrentDictionary<Library, int> _all = new();
    private int _generation;

    /// <summary>
    /// A pool over the library at <paramref name="directory"/>, at most <paramref name="size"/> open at once, each
    /// opened on <paramref name="engine"/> (so they share its breakers and vector matrices).
    /// </summary>
    public LibraryPool(RootsEngine engine, string directory, int size)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _engine = engine;
        _directory = directory;
        _slots = new SemaphoreSlim(size, size);
    }

    /// <summary>The library directory.</summary>
    public string Directory => _directory;

    /// <summary>Waits for a free library (opening one lazily); dispose the lease to give it back.</summary>
    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        while (_idle.TryTake(out var library))
        {
            if (IsCurrent(library))
            {
                return new Lease(this, library);
            }

            Retire(library);
        }

        int generation = Volatile.Read(ref _generation);

        var opened = _engine.Open(_directory);
        if (!opened.IsSuccess)
        {
            _slots.Release();
            throw new InvalidOperationException(opened.Error);
        }

        _all[opened.Value] = generation;
        return new Lease(this, opened.Value);
    }

    /// <summary>
    /// After roots.yaml changed (the taxonomy was edited): libraries opened with the old configuration
    /// are closed as they come back, and the next requests open the library again.
    /// </summary>
    public void Reload() => Interlocked.Increment(ref _generation);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var library in _all.Keys)
        {
            library.Dispose();
        }

        _slots.Dispose();
    }

    private void Return(Library library)
    {
        if (IsCurrent(library))
        {
            _idle.Add(library);
        }
        else
        {
            Retire(library);
        }

        _slots.Release();
    }

    private bool IsCurrent(Library library) => _all.TryGetValue(library, out int generation) && generation == Volatile.Read(ref _generation);

    private void Retire(Library library)
    {
        _all.TryRemove(library, out _);
        library.Dispose();
    }

    /// <summary>One rented library; disposing gives it back to the pool.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly LibraryPool _pool;
        private Library? _library;

        internal Lease(LibraryPool pool, Library library)
        {
            _pool = pool;
            _library = library;
        }

        /// <summary>The rented library.</summary>
        public Library Library => _library ?? throw new ObjectDisposedException(nameof(Lease));

        /// <inheritdoc />
        public void Dispose()
        {
            if (_library is not null)
            {
                _pool.Return(_library);
                _library = null;
            }
        }
    }
}
