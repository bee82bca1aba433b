using Roots.App.Collect;
using Roots.App.Configuration;
using Roots.App.Ingest;
using Roots.App.Keep;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Ingest.Archive;

namespace Roots.App;

/// <summary>
/// A library on disk and the use cases over it: the one place that wires store, archive and
/// pipeline together. The CLI and the web UI call these methods and only render the results.
/// </summary>
/// <remarks>
/// One unit of work (a command, a request, a background round), used by one thread at a time: it owns a
/// database connection. What outlives it (breakers, HTTP clients, caches) is its <see cref="RootsEngine"/>'s.
/// </remarks>
public sealed partial class Library : IDisposable
{
    /// <summary>The database file inside a library.</summary>
    public const string DatabaseFileName = "roots.db";

    /// <summary>The archive folder inside a library.</summary>
    public const string ArchiveFolderName = "archive";

    private readonly ILibraryStore _store;
    private readonly FileArchive _archive;
    private readonly CollectKit _collect;
    private readonly SidecarWriter _sidecars;
    private readonly TimeProvider _time;
    private readonly RootsEngine _engine;
    private RootsEngine? _ownedEngine;

    /// <summary>What a command says, once, when it opened a read-only library.</summary>
    public const string ReadOnlyNotice = "library is read-only: opened for reading; commands that change it are refused";

    internal Library(RootsEngine engine, string directory, LibraryConfig config, ILibraryStore store, FileArchive archive, bool readOnly)
    {
        _engine = engine;
        Directory = directory;
        TimeZone = engine.Zone;
        IsReadOnly = readOnly;
        Config = config;
        _store = store;
        _archive = archive;
        _time = engine.Time;
        var files = Pipelines.ForFiles(config.Analysis.Chinese, config.Ocr.Recognizer());
        _collect = new CollectKit(directory, config, store, archive, files, new Lazy<IngestPipeline>(() => Pipelines.ForWeb(config.Analysis.Chinese)),
            files.AfterKeepFor(new AfterKeepContext(store, config)), _time);
        _sidecars = new SidecarWriter(store, store, archive);
    }

    /// <summary>The library directory.</summary>
    public string Directory { get; }

    /// <summary>The clock every use case reads (a test's fake one, or the system's).</summary>
    public TimeProvider Clock => _time;

    /// <summary>The time zone days and months are counted in (budgets, costs by day): the engine's.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// True when the library was opened for reading only, because its folder or <c>roots.db</c> cannot be
    /// written here (read-only media): nothing was written on opening and every write would fail, so hosts
    /// refuse commands and requests that change it (<see cref="ReadOnlyRefusal"/>).
    /// </summary>
    public bool IsReadOnly { get; }

    /// <summary>The one line that refuses a change to a read-only library.</summary>
    public string ReadOnlyRefusal =>
        $"the library at {Directory} is read-only here (its folder or {DatabaseFileName} cannot be written), and this would change it; copy the library to writable storage to change it";

    /// <summary>Whether <paramref name="exception"/> is this read-only library refusing a write that a reading command needed after all.</summary>
    public bool IsReadOnlyRefusal(Exception exception) => IsReadOnly && Roots.Storage.Sqlite.SqliteStore.IsReadOnlyRefusal(exception);

    /// <summary>The configuration read from <c>roots.yaml</c>.</summary>
    public LibraryConfig Config { get; }

    /// <summary>The store, for the hosts' read-only needs and tests.</summary>
    public IItemStore Store => _store;

    /// <summary>The search index.</summary>
    public ISearchIndex Index => _store;

    /// <summary>Where the data lives, for people: <c>sqlite</c> or <c>postgres://user@host:port/db</c>.</summary>
    public string StoreName => Config.StoreLocation.Display;

    /// <summary>The archive of originals.</summary>
    public IArchive Archive => _archive;

    /// <summary>
    /// Creates a library at <paramref name="directory"/>, or opens the one already there, on a private engine
    /// that the library owns (<see cref="RootsEngine.Init"/> is the hosts' way).
    /// </summary>
    /// <returns>The library, and whether it was newly created.</returns>
    public static Result<(Library Library, bool Created)> Init(string directory, TimeProvider? time = null, string? store = null, TimeZoneInfo? zone = null)
    {
        var engine = PrivateEngine(time, zone);
        var opened = engine.Init(directory, store);
        return Owning(engine, opened, opened.IsSuccess ? opened.Value.Library : null);
    }

    /// <summary><c>roots migrate</c>: applies the pending schema migrations of the library's store (<see cref="RootsEngine.Migrate"/>).</summary>
    public static Result<(string Store, int Version, IReadOnlyList<int> Applied)> Migrate(string directory) => LibrarySetup.Migrate(directory);

    /// <summary>
    /// Opens the library at <paramref name="directory"/> on a private engine that the library owns; fails with a
    /// hint when there is none. Hosts open libraries on their one engine instead (<see cref="RootsEngine.Open"/>).
    /// </summary>
    public static Result<Library> Open(string directory, TimeProvider? time = null, TimeZoneInfo? zone = null)
    {
        var engine = PrivateEngine(time, zone);
        var opened = engine.Open(directory);
        return Owning(engine, opened, opened.IsSuccess ? opened.Value : null);
    }

    private static RootsEngine PrivateEngine(TimeProvider? time, TimeZoneInfo? zone) => RootsEngine.Create(options =>
    {
        options.Time = time ?? options.Time;
        options.Zone = zone ?? options.Zone;
    });

    /// <summary>Hands <paramref name="engine"/> to the library opened on it, or disposes it when none was.</summary>
    private static T Owning<T>(RootsEngine engine, T result, Library? library)
    {
        if (library is null)
        {
            engine.Dispose();
        }
        else
        {
            library._ownedEngine = engine;
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store.Dispose();
        _ownedEngine?.Dispose();
    }
}
