using System.Text;
using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Extraction;
using Roots.Core.Model;
using Roots.Ingest.Archive;
using Roots.Ingest.Sources;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// Collects files and folders (recursively). Files whose size and modification time match
    /// what was kept are skipped without being read, so re-running an interrupted add is cheap
    /// (unless <see cref="AddOptions.Reread"/>: then each is read, and its original re-archived if damaged).
    /// </summary>
    public async Task<IngestReport> AddPathsAsync(
        IReadOnlyList<string> paths,
        AddOptions options,
        IProgress<IngestProgress>? progress = null,
        CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var source = OpenFileSource();
        var missing = new List<FailedInput>();
        var skipped = new List<FailedInput>();
        var candidates = source.Enumerate(
            paths, (path, reason) => missing.Add(new FailedInput(path, reason)), (path, reason) => skipped.Add(new FailedInput(path, reason))).ToList();
        var known = await _store.LoadSourceStatesAsync(stop).ConfigureAwait(false);

        int unchanged = 0;
        var inputs = new List<IngestInput>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!options.Reread && known.TryGetValue(candidate.Path, out var state) && state.Size == candidate.Size && state.SourceStamp == candidate.Stamp)
            {
                unchanged++;
                continue;
            }

            inputs.Add(new IngestInput(candidate.Path, () => source.Read(candidate).Map(doc => Apply(doc, options))));
        }

        progress?.Report(new IngestProgress(unchanged, candidates.Count, missing.Count, 0));
        var report = await Runner().RunAsync(inputs, candidates.Count, Offset(progress, unchanged, missing.Count), stop).ConfigureAwait(false);
        report.Unchanged += unchanged;
        report.Failures.InsertRange(0, missing);
        report.Skipped.AddRange(skipped);
        await AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    /// <summary>Adds a note (Markdown or plain text) typed or piped in; the same note twice is a duplicate.</summary>
    public async Task<IngestReport> AddNoteAsync(string text, AddOptions options, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] content = Encoding.UTF8.GetBytes(text);
        string source = $"note:{FileArchive.HashOf(content)}";
        var input = new IngestInput("stdin", () =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Result<CollectedDocument>.Fail("empty note");
            }

            return Apply(new CollectedDocument
            {
                Source = source,
                Content = content,
                MediaType = MediaTypes.Markdown,
                Kind = "note",
            }, options);
        });
        var report = await Runner().RunAsync([input], 1, null, stop).ConfigureAwait(false);
        if (report.Unchanged == 1)
        {
            // A note is identified by its content: the same note again is a duplicate, not a new version.
            var existing = await _store.FindSourceAsync(source, stop).ConfigureAwait(false);
            report.Unchanged = 0;
            report.Duplicates.Add(new DuplicateInput("stdin", existing?.ItemId ?? 0));
        }

        await AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// Imports a JSONL file (one record per line: <c>_id</c>/<c>id</c>, <c>title</c>, <c>text</c>, optional
    /// <c>url</c>, <c>lang</c>, <c>tags</c>, <c>published</c>). Bad lines are reported; the others are kept.
    /// A record with a known id and new content becomes a new version of the same item.
    /// </summary>
    public async Task<IngestReport> ImportAsync(
        string path,
        AddOptions options,
        IProgress<IngestProgress>? progress = null,
        CancellationToken stop = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            var report = new IngestReport();
            report.Failures.Add(new FailedInput(path, "no such file"));
            return report;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        string name = Path.GetFileName(path);
        var inputs = JsonlRecordReader.ReadLines(stream).Select(line => new IngestInput(
            $"{name}:{line.Number}", () => JsonlRecordReader.Parse(line.Text, line.Number).Map(doc => Apply(doc, options))));
        var imported = await Runner().RunAsync(inputs, null, progress, stop).ConfigureAwait(false);
        await AfterKeepAsync(imported).ConfigureAwait(false);
        return imported;
    }

    /// <summary>The steps after keeping (<see cref="Pipelines.WithStepsAfterKeeping"/>), over what <paramref name="report"/>'s run kept.</summary>
    private Task AfterKeepAsync(IngestReport report, bool packSearch = true) => _afterKeep.RunAsync(report, packSearch);

    /// <summary>Files as this library collects them: up to its size limit, never from its own folder or archive.</summary>
    private FileSource OpenFileSource() => new(Config.Ingest.MaxFileMegabytes * 1024 * 1024, [Directory, _archive.Root]);

    private CollectedDocument Apply(CollectedDocument document, AddOptions options)
    {
        if (options.Tags is not { Count: > 0 } && options.Title is null && document.Tags.Count == 0)
        {
            return document;
        }

        // Synonyms become their canonical tag wherever a tag enters: "AI" and "人工智能" are "ai".
        var taxonomy = Config.Taxonomy.Compiled;
        return document with
        {
            Tags = [.. document.Tags.Concat(options.Tags ?? []).Select(taxonomy.CanonicalTag)],
            Title = options.Title ?? document.Title,
        };
    }

    private static IProgress<IngestProgress>? Offset(IProgress<IngestProgress>? progress, int done, int failed) =>
        progress is null
            ? null
            : new SyncProgress<IngestProgress>(p => progress.Report(p with { Processed = p.Processed + done + failed, Failed = p.Failed + failed }));
}
