using Roots.App.Collect;
using Roots.App.Configuration;
using Roots.App.Connect;
using Roots.App.Ingest;
using Roots.App.Jobs;
using Roots.App.Keep;
using Roots.App.Understand;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Ingest.Archive;

namespace Roots.App;

/// <summary>
/// A library on disk and the use cases over it: the one place that wires store, archive and
/// pipeline together. The CLI and the web UI call these methods and only render the results.
/// </summary>
/// <remarks>One instance per process and thread of work; it owns a database connection.</remarks>
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

    /// <summary>What a command says, once, when it opened a read-only library.</summary>
    public const string ReadOnlyNotice = "library is read-only: opened for reading; commands that change it are refused";

    private Library(string directory, LibraryConfig config, ILibraryStore store, FileArchive archive, TimeProvider time, TimeZoneInfo zone, bool readOnly)
    {
        Directory = directory;
        TimeZone = zone;
        IsReadOnly = readOnly;
        Config = config;
        _store = store;
        _archive = archive;
        _time = time;
        var files = Pipelines.ForFiles(config.Analysis.Chinese);
        _collect = new CollectKit(directory, config, store, archive, files, new Lazy<IngestPipeline>(() => Pipelines.ForWeb(config.Analysis.Chinese)),
            files.AfterKeepFor(new AfterKeepContext(store, config)), time);
        Files = new FileCollector(_collect, store);
        Web = new WebCollector(_collect, store, store, store, store);
        Feeds = new FeedSubscriptions(_collect, store, store);
        Watched = new WatchedFolders(_collect, Files);
        Queue = new JobQueue(_collect, store);
        Worker = new Worker(_collect, store, store, store);
        Classifier = new Classifier(directory, config, store, store, time, FindItemAsync);
        Duplicates = new Duplicates(store, store, store, readOnly);
        Restorer = new ArchiveRestorer(_collect, store);
        _sidecars = new SidecarWriter(store, store, archive);
    }

    /// <summary>The library directory.</summary>
    public string Directory { get; }

    /// <summary>Collects files, folders, notes, JSONL records and uploads.</summary>
    public FileCollector Files { get; }

    /// <summary>Collects web pages and PDFs by URL, and the URLs of list files.</summary>
    public WebCollector Web { get; }

    /// <summary>Feed subscriptions and polling them.</summary>
    public FeedSubscriptions Feeds { get; }

    /// <summary>Folders collected as they change (<c>roots watch</c>, the <c>watch:</c> folders that <c>roots serve</c> scans).</summary>
    public WatchedFolders Watched { get; }

    /// <summary>The queue of files and URLs for workers.</summary>
    public JobQueue Queue { get; }

    /// <summary><c>roots worker</c>: collects what is queued.</summary>
    public Worker Worker { get; }

    /// <summary>The learned classifier: training it, applying it with the taxonomy's rules.</summary>
    public Classifier Classifier { get; }

    /// <summary>The full near-duplicate pass (<c>roots dupes</c>).</summary>
    public Duplicates Duplicates { get; }

    /// <summary>Bringing items back from the archive alone (<c>roots rebuild</c>).</summary>
    public ArchiveRestorer Restorer { get; }

    /// <summary>The clock every use case reads (a test's fake one, or the system's).</summary>
    public TimeProvider Clock => _time;

    /// <summary>The time zone days and months are counted in (budgets, costs by day); the machine's unless the host says otherwise.</summary>
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
    /// Creates a library at <paramref name="directory"/>, or opens the one already there. With
    /// <paramref name="store"/> (a <c>postgres://</c> URL) a new library keeps its data in PostgreSQL:
    /// <c>roots.yaml</c> records it and the schema is created.
    /// </summary>
    /// <returns>The library, and whether it was newly created.</returns>
    public static Result<(Library Library, bool Created)> Init(string directory, TimeProvider? time = null, string? store = null, TimeZoneInfo? zone = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string full = Path.GetFullPath(directory);
        string configPath = Path.Combine(full, LibraryConfigFile.FileName);
        var requested = StoreLocation.Parse(store);
        if (!requested.IsSuccess)
        {
            return Result<(Library, bool)>.Fail(requested.Error!);
        }

        try
        {
            System.IO.Directory.CreateDirectory(full);
            if (!File.Exists(configPath))
            {
                string storeLine = store is null ? "" : $"store: {store.Trim()}{Environment.NewLine}";
                File.WriteAllText(configPath, storeLine + LibraryConfigFile.Template + Environment.NewLine);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<(Library, bool)>.Fail($"cannot create a library at {full}: {e.Message}");
        }

        var config = LibraryConfigFile.Load(full);
        if (!config.IsSuccess)
        {
            return Result<(Library, bool)>.Fail(config.Error!);
        }

        var location = config.Value.StoreLocation;
        if (store is not null && location != requested.Value)
        {
            return Result<(Library, bool)>.Fail($"{configPath} already names the store {location.Display}; edit it or choose another folder");
        }

        bool created = !StoreOpener.Exists(full, location) || (location.IsPostgres && StoreOpener.IsEmpty(location));
        var opened = OpenExisting(full, config.Value, time, zone, migrate: true);
        return opened.IsSuccess ? (opened.Value, created) : Result<(Library, bool)>.Fail(opened.Error!);
    }

    /// <summary>
    /// <c>roots migrate</c>: applies the pending schema migrations of the library's store. Returns the store,
    /// the schema version reached and the migrations applied now.
    /// </summary>
    public static Result<(string Store, int Version, IReadOnlyList<int> Applied)> Migrate(string directory)
    {
        string full = Path.GetFullPath(directory);
        var config = LibraryConfigFile.Load(full);
        if (!config.IsSuccess)
        {
            return Result<(string, int, IReadOnlyList<int>)>.Fail(config.Error!);
        }

        var location = config.Value.StoreLocation;
        if (!StoreOpener.Exists(full, location))
        {
            return Result<(string, int, IReadOnlyList<int>)>.Fail($"no library at {full}; create one with: roots init --library {full}");
        }

        if (StoreOpener.IsReadOnly(full, location))
        {
            return Result<(string, int, IReadOnlyList<int>)>.Fail(
                $"the library at {full} is read-only here (its folder or {DatabaseFileName} cannot be written), so it cannot be migrated; copy it to writable storage first");
        }

        var migrated = StoreOpener.Migrate(full, location);
        return migrated.IsSuccess
            ? (location.Display, migrated.Value.Version, migrated.Value.Applied)
            : Result<(string, int, IReadOnlyList<int>)>.Fail(migrated.Error!);
    }

    /// <summary>Opens the library at <paramref name="directory"/>; fails with a hint when there is none.</summary>
    public static Result<Library> Open(string directory, TimeProvider? time = null, TimeZoneInfo? zone = null)
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

        return OpenExisting(full, config.Value, time, zone, migrate: false);
    }

    private static Result<Library> OpenExisting(string directory, LibraryConfig config, TimeProvider? time, TimeZoneInfo? zone, bool migrate)
    {
        // Checked before opening: a read-only library is opened so that nothing is written, not even by SQLite.
        bool readOnly = StoreOpener.IsReadOnly(directory, config.StoreLocation);
        var store = StoreOpener.Open(directory, config.StoreLocation, time, migrate, readOnly);
        if (!store.IsSuccess)
        {
            return Result<Library>.Fail(store.Error!);
        }

        string archive = string.IsNullOrWhiteSpace(config.Archive) ? Path.Combine(directory, ArchiveFolderName) : Path.Combine(directory, config.Archive);
        return new Library(directory, config, store.Value, new FileArchive(archive), time ?? TimeProvider.System, zone ?? TimeZoneInfo.Local, readOnly);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

}
