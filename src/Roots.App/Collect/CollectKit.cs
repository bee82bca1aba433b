using Roots.App.Configuration;
using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Archive;
using Roots.Ingest.Sources;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>
/// What every way in shares, for one unit of work: the two frozen pipelines, the steps after keeping,
/// the archive, and how inputs are read (files up to the size limit, never from the library itself;
/// the web under the fetch policy) and given the user's tags and title.
/// </summary>
internal sealed class CollectKit(
    string directory,
    LibraryConfig config,
    IItemStore items,
    FileArchive archive,
    IngestPipeline files,
    Lazy<IngestPipeline> web,
    AfterKeepPipeline afterKeep,
    TimeProvider time)
{
    /// <summary>The folder of the WARC files inside a library.</summary>
    public static readonly string WarcFolder = Path.Combine(Library.ArchiveFolderName, "warc");

    public string Directory => directory;

    public LibraryConfig Config => config;

    public TimeProvider Time => time;

    /// <summary>The archive of originals.</summary>
    public FileArchive Archive => archive;

    /// <summary>The runner for files, notes and records; <paramref name="workers"/> parallel workers (default: one per core, plus one).</summary>
    public IngestRunner FileRunner(int? workers = null) =>
        new(files, items, archive, config.Ingest.BatchSize, workers ?? Environment.ProcessorCount + 1, time);

    /// <summary>The runner for fetched documents: the web extract stage, then the usual stages.</summary>
    public IngestRunner WebRunner() =>
        new(web.Value, items, archive, config.Ingest.BatchSize, Environment.ProcessorCount + 1, time, fetched: true);

    /// <summary>The steps after keeping, over what <paramref name="report"/>'s run kept.</summary>
    public Task AfterKeepAsync(IngestReport report, bool packSearch = true) => afterKeep.RunAsync(report, packSearch);

    /// <summary>Files as this library collects them: up to its size limit, never from its own folder or archive.</summary>
    public FileSource OpenFileSource() => new(config.Ingest.MaxFileMegabytes * 1024 * 1024, [directory, archive.Root]);

    /// <summary>A web session under the fetch policy with <paramref name="allow"/>, recording WARC files in the library.</summary>
    public WebSession OpenWeb(FetchAllowList allow) =>
        new(FetchPolicy.Default with { Allow = allow }, Path.Combine(directory, WarcFolder), time);

    /// <summary>The document with the run's tags (as canonical tags) and title.</summary>
    public CollectedDocument Apply(CollectedDocument document, AddOptions options)
    {
        if (options.Tags is not { Count: > 0 } && options.Title is null && document.Tags.Count == 0 && !options.Own)
        {
            return document;
        }

        // Synonyms become their canonical tag wherever a tag enters: "AI" and "人工智能" are "ai".
        var taxonomy = config.Taxonomy.Compiled;
        return document with
        {
            Tags = [.. document.Tags.Concat(options.Tags ?? []).Select(taxonomy.CanonicalTag)],
            Title = options.Title ?? document.Title,
            Own = document.Own || options.Own,
        };
    }
}
