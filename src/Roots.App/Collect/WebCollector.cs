using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Feeds;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>
/// Collects web pages and PDFs by URL, and the URLs of list files (bookmarks, Pocket, Karakeep):
/// each URL a durable job first, fetched under the fetch policy, archived as WARC.
/// </summary>
public sealed class WebCollector
{
    private readonly CollectKit _kit;
    private readonly IJobQueue _jobs;
    private readonly IFeedStore _validators;
    private readonly IItemStore _items;
    private readonly ILinkStore _links;

    internal WebCollector(CollectKit kit, IJobQueue jobs, IFeedStore validators, IItemStore items, ILinkStore links)
    {
        _kit = kit;
        _jobs = jobs;
        _validators = validators;
        _items = items;
        _links = links;
    }

    /// <summary>
    /// Collects web pages and PDFs. Each URL becomes a durable job first, so an interrupted run
    /// resumes and a URL collected once is never fetched again by a re-run; <paramref name="refresh"/>
    /// fetches them again conditionally (changed content becomes a new version, unchanged changes
    /// nothing). Every response is archived as WARC; failures are kept on the job with the reason.
    /// </summary>
    /// <param name="urls">Absolute http(s) URLs; anything else is reported as failed with the reason.</param>
    /// <param name="options">Tags and title for everything added.</param>
    /// <param name="refresh">Fetch again URLs already collected or failed.</param>
    /// <param name="progress">Counts after each kept batch.</param>
    /// <param name="stop">Stops the fetching of new URLs; finished work is kept.</param>
    public Task<IngestReport> AddUrlsAsync(
        IReadOnlyList<string> urls,
        AddOptions options,
        bool refresh = false,
        IProgress<IngestProgress>? progress = null,
        CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return AddUrlEntriesAsync([.. urls.Select(u => (u, (IReadOnlyList<string>)[]))], options, refresh, [], progress, stop);
    }

    /// <summary>
    /// Collects the URLs of a list file: plain lines, a browser's bookmarks HTML export, a Pocket
    /// CSV or a JSON export (<see cref="UrlListReader"/>). Bookmark folders and tags become tags.
    /// </summary>
    public async Task<IngestReport> AddFromFileAsync(
        string path,
        AddOptions options,
        bool refresh = false,
        IProgress<IngestProgress>? progress = null,
        CancellationToken stop = default)
    {
        var list = UrlListReader.Read(path);
        if (!list.IsSuccess)
        {
            var report = new IngestReport();
            report.Failures.Add(new FailedInput(path, list.Error!));
            return report;
        }

        var entries = list.Value.Entries.Select(e => (e.Url.AbsoluteUri, e.TagList)).ToList();
        var skipped = list.Value.Skipped.Select(s => new FailedInput(path, s)).ToList();
        var collected = await AddUrlEntriesAsync(entries, options, refresh, skipped, progress, stop).ConfigureAwait(false);
        if (list.Value.NoteList.Count > 0 && !stop.IsCancellationRequested)
        {
            IngestReports.Merge(collected, await AddListNotesAsync(path, list.Value.NoteList, options, stop).ConfigureAwait(false));
        }

        return collected;
    }

    /// <summary>The text entries of a list file (Karakeep text bookmarks), kept as notes with their title, tags and creation time.</summary>
    private async Task<IngestReport> AddListNotesAsync(string path, IReadOnlyList<UrlListNote> notes, AddOptions options, CancellationToken stop)
    {
        string name = Path.GetFileName(path);
        var inputs = notes.Select((note, i) => new IngestInput($"{name}: note {i + 1}", () => Result<CollectedDocument>.Ok(_kit.Apply(note.ToDocument(), options))));
        var report = await _kit.FileRunner().RunAsync(inputs, notes.Count, null, stop).ConfigureAwait(false);
        await _kit.AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    private async Task<IngestReport> AddUrlEntriesAsync(
        IReadOnlyList<(string Url, IReadOnlyList<string> Tags)> entries,
        AddOptions options,
        bool refresh,
        IReadOnlyList<FailedInput> skipped,
        IProgress<IngestProgress>? progress,
        CancellationToken stop)
    {
        var report = new IngestReport();
        report.Failures.AddRange(skipped);
        var tags = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (text, entryTags) in entries)
        {
            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url))
            {
                report.Failures.Add(new FailedInput(text, "not an absolute URL (http:// or https://)"));
                continue;
            }

            tags.TryAdd(url.AbsoluteUri, entryTags);
        }

        var keys = tags.Keys.ToList();
        await _jobs.EnqueueAsync(UrlJobPayload.Kind, keys, refresh ? UrlJobPayload.Refresh : null, refresh, stop).ConfigureAwait(false);
        var jobs = await _jobs.FindJobsAsync(UrlJobPayload.Kind, keys, stop).ConfigureAwait(false);

        // A refusal by the address policy was about fetch.allow, not about the URL: it is tried
        // again under the policy in force now (a refusal costs no request), never reported as an old failure.
        var refusedByPolicy = jobs.Where(j => j.State == JobState.Dead && PolicyRefusal.Is(j.LastError)).Select(j => j.Key).ToList();
        if (refusedByPolicy.Count > 0)
        {
            await _jobs.EnqueueAsync(UrlJobPayload.Kind, refusedByPolicy, null, requeue: true, stop).ConfigureAwait(false);
        }

        var collectedBefore = new List<string>();
        foreach (var job in jobs)
        {
            // What an earlier run finished is reported, not fetched again.
            if (job.State == JobState.Done)
            {
                report.Unchanged++;
                collectedBefore.Add(job.Key);
            }
            else if (job.State == JobState.Dead && !PolicyRefusal.Is(job.LastError))
            {
                report.Failures.Add(new FailedInput(job.Key, $"{job.LastError} (failed earlier; --refresh tries again)"));
            }
        }

        await NoteTagsOfCollectedUrlsAsync(collectedBefore, tags, options, report, stop).ConfigureAwait(false);

        var allow = _kit.Config.Fetch.AllowList();
        if (!allow.IsSuccess)
        {
            report.Failures.Add(new FailedInput("fetch.allow", allow.Error!));
            return report;
        }

        var counts = await _jobs.CountJobsAsync(UrlJobPayload.Kind, stop).ConfigureAwait(false);
        int total = report.Processed + counts[JobState.Queued];
        await using (var web = _kit.OpenWeb(allow.Value))
        {
            var runner = new UrlJobRunner(_jobs, _validators, _kit.WebRunner(), web, _kit.Config.Fetch.Concurrency, (job, result) =>
                _kit.Apply(FetchedDocument.From(result, tags: tags.GetValueOrDefault(job.Key)), options));
            await runner.RunAsync(report, total, progress, stop).ConfigureAwait(false);
        }

        await _kit.AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// URLs collected by an earlier run are not fetched again, but the tags this import gives
    /// them (the list's and <c>--tag</c>) still belong on their items, merged after the run.
    /// </summary>
    private async Task NoteTagsOfCollectedUrlsAsync(
        IReadOnlyList<string> urls, Dictionary<string, IReadOnlyList<string>> tags, AddOptions options, IngestReport report, CancellationToken stop)
    {
        var taxonomy = _kit.Config.Taxonomy.Compiled;
        foreach (string url in urls)
        {
            var given = tags.GetValueOrDefault(url, []).Concat(options.Tags ?? []).Select(taxonomy.CanonicalTag).ToList();
            if (given.Count == 0)
            {
                continue;
            }

            // The item's source is the URL fetched; an item reached through a redirect is found by its own URL.
            long? item = (await _items.FindSourceAsync(url, stop).ConfigureAwait(false))?.ItemId;
            item ??= (await _links.FindByUrlsAsync([url], stop).ConfigureAwait(false)).Select(f => (long?)f.ItemId).FirstOrDefault();
            if (item is { } id)
            {
                report.TagsForExisting.Add((id, given));
            }
        }
    }
}
