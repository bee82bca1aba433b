using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Roots.App.Configuration;
using Roots.App.Models;
using Roots.Core;
using Roots.Ingest.Archive;
using Roots.Storage.Sqlite;
using Roots.Tokens.Tokenizers;

namespace Roots.App;

/// <summary>
/// What lives as long as the process: the clock and the zone, the HTTP clients, each provider's circuit
/// breaker, the tokenizers and the shared vector matrices. It opens the per-unit-of-work
/// <see cref="Library"/> (a store connection, the archive, the configuration) that a command, a request or
/// a background round uses and disposes.
/// </summary>
/// <remarks>
/// One per process: hosts register it with <see cref="RootsServices.AddRoots"/>; <see cref="Create"/> makes a
/// private one (tests, tools). Thread-safe: libraries may be opened and used on many threads at once,
/// each library by one thread at a time. Lives in the root namespace beside <see cref="Library"/>, which
/// it opens and which holds it.
/// </remarks>
public sealed class RootsEngine : IDisposable
{
    /// <summary>The named HTTP client of model calls.</summary>
    public const string ModelClient = "roots.models";

    /// <summary>The named HTTP client of doctor and status probes.</summary>
    public const string ProbeClient = "roots.probe";

    /// <summary>The named HTTP client of remote embedding endpoints.</summary>
    public const string EmbeddingClient = "roots.embeddings";

    private readonly IHttpClientFactory _httpFactory;
    private readonly ConcurrentDictionary<string, HttpClient> _http = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProviderCircuits> _circuits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Directory, string Files), TokenizerRegistry> _tokenizers = new();
    private IDisposable? _services;
    private int _disposed;

    /// <summary>An engine with <paramref name="options"/>' clock and zone, taking HTTP clients from <paramref name="http"/>.</summary>
    public RootsEngine(RootsOptions options, IHttpClientFactory http)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        Time = options.Time;
        Zone = options.Zone;
        Variable = options.Environment;
        _httpFactory = http;
    }

    /// <summary>The clock every use case reads.</summary>
    public TimeProvider Time { get; }

    /// <summary>The zone days and months are counted in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Reads one environment variable (null when unset): the process's, or the host's own (<see cref="RootsOptions.Environment"/>).</summary>
    public Func<string, string?> Variable { get; }

    /// <summary>The vector matrices shared by the SQLite stores this engine opens.</summary>
    public VectorMatrixCache Vectors { get; } = new();

    /// <summary>A private engine with its own services: for tests and tools that have no host.</summary>
    public static RootsEngine Create(Action<RootsOptions>? configure = null)
    {
        var services = new ServiceCollection().AddRoots(configure).BuildServiceProvider();
        var engine = services.GetRequiredService<RootsEngine>();
        engine._services = services;
        return engine;
    }

    /// <summary>Opens the library at <paramref name="directory"/>; fails with a hint when there is none.</summary>
    public Result<Library> Open(string directory)
    {
        string full = Path.GetFullPath(directory);
        var config = LibraryConfigFile.Load(full);
        if (!config.IsSuccess)
        {
            return Result<Library>.Fail(config.Error!);
        }

        if (!StoreOpener.Exists(full, config.Value.StoreLocation))
        {
            return Result<Library>.Fail($"no library at {full}; create one with: roots init --library {full}");
        }

        return OpenExisting(full, config.Value, migrate: false);
    }

    /// <summary>
    /// Creates a library at <paramref name="directory"/>, or opens the one already there. With
    /// <paramref name="store"/> (a <c>postgres://</c> URL) a new library keeps its data in PostgreSQL:
    /// <c>roots.yaml</c> records it and the schema is created.
    /// </summary>
    /// <returns>The library, and whether it was newly created.</returns>
    public Result<(Library Library, bool Created)> Init(string directory, string? store = null)
    {
        var prepared = LibrarySetup.Prepare(directory, store);
        if (!prepared.IsSuccess)
        {
            return Result<(Library, bool)>.Fail(prepared.Error!);
        }

        var (full, config, created) = prepared.Value;
        var opened = OpenExisting(full, config, migrate: true);
        return opened.IsSuccess ? (opened.Value, created) : Result<(Library, bool)>.Fail(opened.Error!);
    }

    /// <summary>
    /// <c>roots migrate</c>: applies the pending schema migrations of the library's store. Returns the store,
    /// the schema version reached and the migrations applied now.
    /// </summary>
    public Result<(string Store, int Version, IReadOnlyList<int> Applied)> Migrate(string directory) => LibrarySetup.Migrate(directory);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var circuits in _circuits.Values)
        {
            circuits.Dispose();
        }

        // A private engine's services hold the HTTP handlers; disposing them disposes this engine too (a no-op now).
        _services?.Dispose();
    }

    /// <summary>The named client, asked of the factory once and kept: no client is made per call.</summary>
    internal HttpClient Http(string name) => _http.GetOrAdd(name, _httpFactory.CreateClient);

    /// <summary>The breakers of the providers of the library at <paramref name="directory"/>, shared by every library opened there.</summary>
    internal ProviderCircuits CircuitsOf(string directory) =>
        _circuits.GetOrAdd(directory, _ => new ProviderCircuits(Http(ModelClient), Time));

    /// <summary>The tokenizers of the library at <paramref name="directory"/>: the built-in ones and its tokenizer.json files.</summary>
    internal TokenizerRegistry TokenizersOf(string directory, LibraryConfig config) =>
        _tokenizers.GetOrAdd((directory, string.Join('\n', config.Tokenizers.Select(t => t.Name + "=" + t.Path))), _ => config.TokenizerRegistry(directory));

    private Result<Library> OpenExisting(string directory, LibraryConfig config, bool migrate)
    {
        // The file's settings are read with this engine's environment (ROOTS_EMBED, ROOTS_FETCH_ALLOW), not the process's.
        config.Embeddings.Environment = Variable;
        config.Fetch.Environment = Variable;

        // Checked before opening: a read-only library is opened so that nothing is written, not even by SQLite.
        bool readOnly = StoreOpener.IsReadOnly(directory, config.StoreLocation);
        var store = StoreOpener.Open(directory, config.StoreLocation, Time, migrate, readOnly, Vectors);
        if (!store.IsSuccess)
        {
            return Result<Library>.Fail(store.Error!);
        }

        string archive = string.IsNullOrWhiteSpace(config.Archive) ? Path.Combine(directory, Library.ArchiveFolderName) : Path.Combine(directory, config.Archive);
        return new Library(this, directory, config, store.Value, new FileArchive(archive), readOnly);
    }
}
