using System.Text;
using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Extraction;
using Roots.Core.Model;
using Roots.Ingest.Archive;
using Roots.Ingest.Mail;
using Roots.Core.Ports;
using Roots.Ingest.Sources;

namespace Roots.App.Collect;

/// <summary>Collects files and folders, notes typed or piped in, and JSONL records: the ways in that read local bytes.</summary>
public sealed class FileCollector
{
    private readonly CollectKit _kit;
    private readonly IItemStore _items;

    internal FileCollector(CollectKit kit, IItemStore items)
    {
        _kit = kit;
        _items = items;
    }

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
        var source = _kit.OpenFileSource();
        var missing = new List<FailedInput>();
        var skipped = new List<FailedInput>();
        var candidates = source.Enumerate(
            paths, (path, reason) => missing.Add(new FailedInput(path, reason)), (path, reason) => skipped.Add(new FailedInput(path, reason))).ToList();
        var known = await _items.LoadSourceStatesAsync(stop).ConfigureAwait(false);

        int unchanged = 0;
        var inputs = new List<IngestInput>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!options.Reread && known.TryGetValue(candidate.Path, out var state) && state.Size == candidate.Size && state.SourceStamp == candidate.Stamp)
            {
                unchanged++;
                continue;
            }

            if (MailDocuments.IsMboxName(candidate.Path))
            {
                inputs.AddRange(MailboxInputs(source, candidate, options));
                continue;
            }

            var isEmail = MailDocuments.IsEmailName(candidate.Path);
            inputs.Add(new IngestInput(candidate.Path, () => source.Read(candidate)
                .Map(doc => isEmail ? doc with { Kind = MailDocuments.Kind } : doc)
                .Map(doc => _kit.Apply(doc, options))));
        }

        // A mailbox counts once per message, so the total is what is run plus what was skipped unread.
        int total = inputs.Count + unchanged;
        progress?.Report(new IngestProgress(unchanged, total, missing.Count, 0));
        var report = await _kit.FileRunner().RunAsync(inputs, total, Offset(progress, unchanged, missing.Count), stop).ConfigureAwait(false);
        report.Unchanged += unchanged;
        report.Failures.InsertRange(0, missing);
        report.Skipped.AddRange(skipped);
        await _kit.AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// One input per message of the mbox <paramref name="candidate"/> (read now, to be cut), each
    /// labelled <c>PATH#N</c>; a message without mail headers fails alone, the others are kept. An
    /// mbox that cannot be read, or holds no message, is one failed input.
    /// </summary>
    private List<IngestInput> MailboxInputs(FileSource source, FileCandidate candidate, AddOptions options)
    {
        var read = source.Read(candidate);
        if (!read.IsSuccess)
        {
            return [new IngestInput(candidate.Path, () => Result<CollectedDocument>.Fail(read.Error!))];
        }

        var messages = MboxSplitter.Split(read.Value.Content);
        if (messages.Count == 0)
        {
            return [new IngestInput(candidate.Path, () => Result<CollectedDocument>.Fail("no message in mailbox (no line starting \"From \")"))];
        }

        return [.. messages.Select(message => new IngestInput(
            MboxSplitter.Label(candidate.Path, message.Number),
            () => MailDocuments.FromMbox(message, candidate.Stamp).Map(doc => _kit.Apply(doc, options))))];
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

            return _kit.Apply(new CollectedDocument
            {
                Source = source,
                Content = content,
                MediaType = MediaTypes.Markdown,
                Kind = "note",
            }, options);
        });
        var report = await _kit.FileRunner().RunAsync([input], 1, null, stop).ConfigureAwait(false);
        if (report.Unchanged == 1)
        {
            // A note is identified by its content: the same note again is a duplicate, not a new version.
            var existing = await _items.FindSourceAsync(source, stop).ConfigureAwait(false);
            report.Unchanged = 0;
            report.Duplicates.Add(new DuplicateInput("stdin", existing?.ItemId ?? 0));
        }

        await _kit.AfterKeepAsync(report).ConfigureAwait(false);
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
            $"{name}:{line.Number}", () => JsonlRecordReader.Parse(line.Text, line.Number).Map(doc => _kit.Apply(doc, options))));
        var imported = await _kit.FileRunner().RunAsync(inputs, null, progress, stop).ConfigureAwait(false);
        await _kit.AfterKeepAsync(imported).ConfigureAwait(false);
        return imported;
    }

    /// <summary>The folder inside a library where uploads wait while they are collected.</summary>
    public const string UploadsFolderName = ".uploads";

    /// <summary>
    /// Collects uploaded files the way <c>roots add FILE</c> collects files: each is written under
    /// the library (the archive's disk), collected, and removed again; the archive keeps the original.
    /// </summary>
    public async Task<IngestReport> AddUploadsAsync(IReadOnlyList<Upload> uploads, AddOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        string folder = System.IO.Directory.CreateDirectory(Path.Combine(_kit.Directory, UploadsFolderName, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var paths = new List<string>(uploads.Count);
            foreach (var upload in uploads)
            {
                // Numbered, so that two uploads with one name stay two files.
                string path = Path.Combine(folder, paths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + upload.SafeName);
                await using (var target = File.Create(path))
                {
                    await upload.WriteToAsync(target, cancellationToken).ConfigureAwait(false);
                }

                paths.Add(path);
            }

            return await AddPathsAsync(paths, options, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static IProgress<IngestProgress>? Offset(IProgress<IngestProgress>? progress, int done, int failed) =>
        progress is null
            ? null
            : new SyncProgress<IngestProgress>(p => progress.Report(p with { Processed = p.Processed + done + failed, Failed = p.Failed + failed }));
}
