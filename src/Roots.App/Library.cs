using Roots.App.Configuration;
using Roots.App.Ingest;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Ingest.Archive;
using Roots.Storage.Sqlite;

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
    private readonly IngestPipeline _pipeline;
    private readonly TimeProvider _time;

    private Library(string directory, LibraryConfig config, ILibraryStore store, FileArchive archive, TimeProvider time)
    {
        Directory = directory;
        Config = config;
        _store = store;
        _archive = archive;
        _time = time;
        _pipeline = IngestPipelineBuilder.CreateDefault(config.Analysis.Chinese).Build();
    }

    /// <summary>The library directory.</summary>
    public string Directory { get; }

    /// <summary>The configuration read from <c>roots.yaml</c>.</summary>
    public LibraryConfig Config { get; }

    /// <summary>The store, for the hosts' read-only needs and tests.</summary>
    public IItemStore Store => _store;

    /// <summary>The search index.</summary>
    public ISearchIndex Index => _store;

    /// <summary>The archive of originals.</summary>
    public IArchive Archive => _archive;

    /// <summary>Creates a library at <paramref name="directory"/>, or opens the one already there.</summary>
    /// <returns>The library, and whether it was newly created.</returns>
    public static Result<(Library Library, bool Created)> Init(string directory, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string full = Path.GetFullPath(directory);
        bool created = !File.Exists(Path.Combine(full, DatabaseFileName));
        try
        {
            System.IO.Directory.CreateDirectory(full);
            string config = Path.Combine(full, LibraryConfigFile.FileName);
            if (!File.Exists(config))
            {
                File.WriteAllText(config, LibraryConfigFile.Template + Environment.NewLine);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<(Library, bool)>.Fail($"cannot create a library at {full}: {e.Message}");
        }

        var opened = OpenExisting(full, time);
        return opened.IsSuccess ? (opened.Value, created) : Result<(Library, bool)>.Fail(opened.Error!);
    }

    /// <summary>Opens the library at <paramref name="directory"/>; fails with a hint when there is none.</summary>
    public static Result<Library> Open(string directory, TimeProvider? time = null)
    {
        string full = Path.GetFullPath(directory);
        if (!File.Exists(Path.Combine(full, DatabaseFileName)))
        {
            return Result<Library>.Fail($"no library at {full}; create one with: roots init --library {full}");
        }

        return OpenExisting(full, time);
    }

    private static Result<Library> OpenExisting(string directory, TimeProvider? time)
    {
        var config = LibraryConfigFile.Load(directory);
        if (!config.IsSuccess)
        {
            return Result<Library>.Fail(config.Error!);
        }

        try
        {
            var store = SqliteStore.Open(Path.Combine(directory, DatabaseFileName), time);
            var archive = new FileArchive(Path.Combine(directory, ArchiveFolderName));
            return new Library(directory, config.Value, store, archive, time ?? TimeProvider.System);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Result<Library>.Fail($"cannot open the library at {directory}: {e.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    private IngestRunner Runner() =>
        new(_pipeline, _store, _archive, Config.Ingest.BatchSize, Environment.ProcessorCount + 1);
}
