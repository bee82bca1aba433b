using System.Threading.Channels;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Archive;

namespace Roots.App.Ingest;

/// <summary>
/// Runs the ingest pipeline over many inputs: workers load, extract, analyse and archive in
/// parallel; one writer keeps the results in batches, each batch one transaction.
/// </summary>
/// <remarks>
/// Stopping (<c>stop</c> token, e.g. Ctrl-C) ends the feeding of new inputs; documents already
/// in flight are finished and kept, so an interrupted run loses nothing and a re-run skips
/// everything already kept. Originals are archived before the transaction that refers to them,
/// so a crash at any point leaves at worst an unreferenced original, never a dangling reference.
/// </remarks>
/// <param name="pipeline">The frozen stages each input goes through.</param>
/// <param name="store">Where batches are kept.</param>
/// <param name="archive">Where originals and their sidecars are written.</param>
/// <param name="batchSize">Items per keep transaction.</param>
/// <param name="workers">Inputs processed at once.</param>
/// <param name="time">The clock for sidecars' collection times.</param>
/// <param name="fetched">True for fetched documents (the web pipeline): recorded in sidecars so that a rebuild reads them the same way.</param>
public sealed class IngestRunner(
    IngestPipeline pipeline, IItemStore store, IArchive archive, int batchSize, int workers, TimeProvider? time = null, bool fetched = false)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>How long a part-filled batch waits for more results before it is kept.</summary>
    public static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Processes <paramref name="inputs"/> and returns what happened to each.</summary>
    public async Task<IngestReport> RunAsync(
        IEnumerable<IngestInput> inputs,
        int? total,
        IProgress<IngestProgress>? progress,
        CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var report = new IngestReport();
        var channel = Channel.CreateBounded<WorkResult>(new BoundedChannelOptions(Math.Max(16, batchSize * 2))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        // A full disk stops the feeding as Ctrl-C does: every later file would fail the same way.
        using var halt = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var run = new RunState(report, halt);
        var producing = ProduceAsync(inputs, channel.Writer, run, stop);
        await KeepAllAsync(channel.Reader, run, total, progress).ConfigureAwait(false);
        report.Interrupted = await producing.ConfigureAwait(false);
        return report;
    }

    private async Task<bool> ProduceAsync(IEnumerable<IngestInput> inputs, ChannelWriter<WorkResult> writer, RunState run, CancellationToken stop)
    {
        bool interrupted = false;
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers), CancellationToken = run.Halt.Token };
            var numbered = inputs.Select((input, index) => (Input: input, Sequence: index));
            await Parallel.ForEachAsync(numbered, options, async (work, _) =>
            {
                // In-flight work is finished even after a stop request: only feeding stops.
                var result = await ProcessAsync(work.Input, run).ConfigureAwait(false);
                await writer.WriteAsync(result with { Sequence = work.Sequence }, CancellationToken.None).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (run.Halt.IsCancellationRequested)
        {
            interrupted = stop.IsCancellationRequested;
        }
        finally
        {
            writer.Complete();
        }

        return interrupted;
    }

    private async Task<WorkResult> ProcessAsync(IngestInput input, RunState run)
    {
        Result<CollectedDocument> loaded;
        try
        {
            loaded = input.Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return WorkResult.Failed(input.Label, $"cannot read: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return WorkResult.Failed(input.Label, Unexpected(e));
        }

        return loaded.IsSuccess ? await PrepareAsync(input.Label, loaded.Value, 0, run).ConfigureAwait(false) : WorkResult.Failed(input.Label, loaded.Error!);
    }

    /// <summary>
    /// Runs <paramref name="document"/> through the pipeline and archives it, then, the same way, the files it
    /// carries (an email's attachments, <see cref="EmbeddedDocuments"/>), each labelled <c>LABEL#name</c>: an input
    /// yields further inputs, kept right after it in the same batch so that their links can name its id.
    /// </summary>
    private async Task<WorkResult> PrepareAsync(string label, CollectedDocument document, int depth, RunState run)
    {
        try
        {
            var draft = pipeline.Process(document);
            if (!draft.IsSuccess)
            {
                return WorkResult.Failed(label, draft.Error!);
            }

            ArchivedOriginal original;
            PreparedItem item;
            try
            {
                original = await archive.StoreAsync(document.Content).ConfigureAwait(false);
                item = Prepare(draft.Value, original);
                // Written before the transaction that keeps the item: whatever happens to the
                // database afterwards, the archive alone can bring the item back.
                await RecordSidecarAsync(draft.Value, item).ConfigureAwait(false);
            }
            catch (Exception e) when (DiskFull.Is(e) || (archive is FileArchive files && DiskFull.NoRoomFor(files.Root, document.Content.Length)))
            {
                // .NET reports a failed preallocation without the errno: the free space of the archive's disk tells.
                run.StopOnDiskFull(e);
                return WorkResult.NotKept(label);
            }

            var ready = WorkResult.Ready(label, item) with { SimHash = draft.Value.TextSimHash };
            var embedded = draft.Value.Extracted?.Embedded ?? [];
            if (embedded.Count == 0)
            {
                return ready;
            }

            var children = new List<WorkResult>(embedded.Count);
            var notRead = new List<FailedInput>();
            foreach (var file in embedded)
            {
                string childLabel = label + "#" + file.Name;
                if (EmbeddedDocuments.NotReadReason(file, depth + 1) is { } reason)
                {
                    notRead.Add(new FailedInput(childLabel, reason));
                    continue;
                }

                var child = EmbeddedDocuments.From(file, document);
                var prepared = child.IsSuccess ? await PrepareAsync(childLabel, child.Value, depth + 1, run).ConfigureAwait(false) : WorkResult.Failed(childLabel, child.Error!);
                if (prepared is { Item: null, Error: null })
                {
                    // An attachment not kept for lack of space: neither is its message, so that the next run collects both.
                    return WorkResult.NotKept(label);
                }

                children.Add(prepared with { AttachedAs = file.Name });
            }

            return ready with { Children = children, NotRead = notRead };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return WorkResult.Failed(label, $"cannot archive: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one extractor must not sink the batch: the document is reported, the rest go on.
            return WorkResult.Failed(label, Unexpected(e));
        }
    }

    private static string Unexpected(Exception e) => $"unexpected error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}";

    private async Task KeepAllAsync(ChannelReader<WorkResult> reader, RunState run, int? total, IProgress<IngestProgress>? progress)
    {
        var report = run.Report;
        var batch = new List<WorkResult>(batchSize);
        async Task FlushAsync()
        {
            await KeepBatchAsync(batch, run).ConfigureAwait(false);
            batch.Clear();
            progress?.Report(new IngestProgress(report.Processed, total, report.Failures.Count, report.Duplicates.Count));
        }

        while (true)
        {
            while (batch.Count < batchSize && reader.TryRead(out var result))
            {
                batch.Add(result);
            }

            if (batch.Count >= batchSize)
            {
                await FlushAsync().ConfigureAwait(false);
                continue;
            }

            if (batch.Count == 0)
            {
                if (!await reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    break;
                }

                continue;
            }

            // A part-filled batch waits a moment for more work, then is kept anyway, so slow inputs
            // (a large PDF) neither hold back progress nor widen what a crash could lose.
            using var wait = new CancellationTokenSource(FlushDelay);
            try
            {
                if (!await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (wait.IsCancellationRequested)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        if (batch.Count > 0)
        {
            await FlushAsync().ConfigureAwait(false);
        }
    }

    private async Task KeepBatchAsync(List<WorkResult> batch, RunState run)
    {
        var report = run.Report;
        // Workers finish out of order; keeping each batch in input order makes ids follow the
        // order of the inputs and makes "which copy is the duplicate" predictable.
        batch.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        // Each input is followed by the files it carried (its attachments), so one transaction keeps both.
        var all = new List<(WorkResult Result, int Carrier)>(batch.Count);
        foreach (var result in batch)
        {
            Flatten(result, -1, all);
        }

        var ready = new List<WorkResult>(all.Count);
        var readyAt = new int[all.Count];
        foreach (var (result, index) in all.Select((entry, index) => (entry.Result, index)))
        {
            readyAt[index] = result.Item is not null && !run.StoreFull ? ready.Count : -1;
            if (readyAt[index] >= 0)
            {
                ready.Add(result);
            }
        }

        IReadOnlyList<KeepOutcome> outcomes;
        try
        {
            outcomes = ready.Count == 0 ? [] : await store.KeepAsync(ready.Select(r => r.Item!).ToList()).ConfigureAwait(false);
        }
        catch (Exception e) when (DiskFull.Is(e))
        {
            // The transaction rolled back: nothing of this batch is kept, everything before it is.
            run.StopOnDiskFull(e);
            run.StoreFull = true;
            ready.Clear();
            outcomes = [];
        }

        for (int i = 0; i < ready.Count; i++)
        {
            var outcome = outcomes[i];
            switch (outcome.Result)
            {
                case KeepResult.Added:
                    report.Added++;
                    report.Kept(outcome.ItemId, ready[i].Item!, ready[i].SimHash);
                    break;
                case KeepResult.NewVersion:
                    report.Updated++;
                    report.Kept(outcome.ItemId, ready[i].Item!, ready[i].SimHash);
                    break;
                case KeepResult.Unchanged:
                    report.Unchanged++;
                    NoteTags(report, outcome.ItemId, ready[i].Item!);
                    break;
                case KeepResult.Duplicate:
                    report.Duplicates.Add(new DuplicateInput(ready[i].Label, outcome.ItemId));
                    NoteTags(report, outcome.ItemId, ready[i].Item!);
                    break;
            }
        }

        for (int i = 0; i < all.Count; i++)
        {
            var (result, carrier) = all[i];
            if (carrier >= 0 && readyAt[i] >= 0 && readyAt[carrier] >= 0 && outcomes.Count > 0)
            {
                // Whatever the attachment's outcome (added, unchanged, a duplicate of another item), its item is linked to this message.
                report.AttachmentLinks.Add(new Link(outcomes[readyAt[i]].ItemId, LinkKinds.AttachmentOf, outcomes[readyAt[carrier]].ItemId, 1.0, result.AttachedAs));
            }

            if (result.Item is null && result.Error is not null)
            {
                report.Failures.Add(new FailedInput(result.Label, result.Error));
            }

            report.AttachmentsNotRead.AddRange(result.NotRead);
        }
    }

    /// <summary>Adds <paramref name="result"/> and, after it, the files it carried, each knowing its carrier's place.</summary>
    private static void Flatten(WorkResult result, int carrier, List<(WorkResult Result, int Carrier)> all)
    {
        int at = all.Count;
        all.Add((result, carrier));
        foreach (var child in result.Children)
        {
            Flatten(child, at, all);
        }
    }

    /// <summary>
    /// Writes the original's sidecar, unless the same bytes were first collected from another
    /// source (that source's item holds them) or the sidecar already says all this.
    /// </summary>
    private async ValueTask RecordSidecarAsync(DocumentDraft draft, PreparedItem item)
    {
        var collected = draft.Collected;
        var existing = archive.ReadSidecar(item.Original.Sha256);
        if (existing is not null && existing.Source != collected.Source)
        {
            return;
        }

        var sidecar = new OriginalSidecar
        {
            Source = collected.Source,
            CollectedAt = existing?.CollectedAt ?? collected.CollectedAt ?? _time.GetUtcNow(),
            Kind = collected.Kind,
            Title = collected.Title ?? draft.Title,
            Language = collected.Language,
            Tags = existing is null ? item.Tags : [.. existing.Tags.Union(item.Tags, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            MediaType = collected.MediaType,
            FileName = collected.FileName,
            Url = collected.Url,
            Published = collected.Published,
            ExternalId = collected.ExternalId,
            Fetched = fetched,
            Own = collected.Own || existing?.Own == true,
        };
        if (existing is null || !OriginalSidecars.Same(existing, sidecar))
        {
            await archive.WriteSidecarAsync(item.Original.Sha256, sidecar).ConfigureAwait(false);
        }
    }

    /// <summary>Nothing new was kept for this input, but its tags still belong on the item that holds it.</summary>
    private static void NoteTags(IngestReport report, long itemId, PreparedItem item)
    {
        if (item.Tags.Count > 0)
        {
            report.TagsForExisting.Add((itemId, item.Tags));
        }
    }

    /// <summary>
    /// A PDF's creation date (its document information), the last source of a publication date:
    /// after the source's metadata and a dateline in the text, since a PDF is often made long after
    /// the work was written.
    /// </summary>
    private static string? CreatedDay(Dictionary<string, string> fields) =>
        fields.TryGetValue("created", out string? created) && created.Length >= 10
        && DateOnly.TryParseExact(created[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? created[..10]
            : null;

    private static PreparedItem Prepare(DocumentDraft draft, ArchivedOriginal original)
    {
        var collected = draft.Collected;
        var fields = draft.Extracted?.Fields.ToDictionary() ?? [];
        if (draft.Extracted?.Description is { Length: > 0 } description)
        {
            fields["description"] = description;
        }

        // What the text says of itself fills only what the source's metadata left unsaid.
        foreach (var (name, value) in draft.Statements ?? new Dictionary<string, string>())
        {
            fields.TryAdd(name, value);
        }

        if (collected.Own)
        {
            fields["own"] = "true";
        }

        var tags = collected.Tags.Select(TagName.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new PreparedItem
        {
            Source = collected.Source,
            ExternalId = collected.ExternalId,
            Kind = draft.Kind ?? "text",
            Title = draft.Title ?? "(untitled)",
            Language = draft.Language ?? "und",
            Text = draft.Text,
            Tags = tags,
            Url = collected.Url ?? draft.Extracted?.Fields.GetValueOrDefault("canonical"),
            Published = collected.Published ?? (fields.TryGetValue("published", out string? published) ? published : null) ?? CreatedDay(fields),
            Original = original,
            MediaType = draft.MediaType ?? Core.Extraction.MediaTypes.OctetStream,
            SourceStamp = collected.SourceStamp,
            TitleTerms = draft.TitleTerms ?? "",
            BodyTerms = draft.BodyTerms ?? "",
            Fields = fields.Count == 0 ? null : fields,
            Identifiers = draft.Identifiers,
            CollectedAt = collected.CollectedAt,
        };
    }


    private sealed record WorkResult(string Label, PreparedItem? Item, string? Error)
    {
        public int Sequence { get; init; }

        /// <summary>The text's SimHash, when the pipeline analysed it.</summary>
        public ulong? SimHash { get; init; }

        /// <summary>The files the document carried (its attachments), each prepared as a document of its own or failed.</summary>
        public IReadOnlyList<WorkResult> Children { get; init; } = [];

        /// <summary>The files it carried that are listed by name only (a format not read), with why.</summary>
        public IReadOnlyList<FailedInput> NotRead { get; init; } = [];

        /// <summary>For a carried file: the name it had in its carrier (the link's evidence).</summary>
        public string? AttachedAs { get; init; }

        public static WorkResult Ready(string label, PreparedItem item) => new(label, item, null);

        public static WorkResult Failed(string label, string error) => new(label, null, error);

        /// <summary>Not kept for lack of space: not the input's failure, collected again on the next run.</summary>
        public static WorkResult NotKept(string label) => new(label, null, null);
    }

    /// <summary>One run's shared state: its report, and how a full disk stops it.</summary>
    private sealed class RunState(IngestReport report, CancellationTokenSource halt)
    {
        private readonly Lock _gate = new();

        public IngestReport Report => report;

        public CancellationTokenSource Halt => halt;

        /// <summary>True once keeping failed on a full disk: later batches are not offered to the store.</summary>
        public bool StoreFull { get; set; }

        /// <summary>Records the first full-disk error as the run's one message and stops the feeding.</summary>
        public void StopOnDiskFull(Exception e)
        {
            lock (_gate)
            {
                report.StoppedByDiskFull ??= DiskFull.Message(e);
            }

            halt.Cancel();
        }
    }
}
