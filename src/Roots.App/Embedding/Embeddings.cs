using System.Diagnostics;
using Microsoft.Extensions.AI;
using Roots.App.Configuration;
using Roots.App.Diagnostics;
using Roots.App.Ingest;
using Roots.App.Models;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;
using Roots.Core.Vectors;
using Roots.Models.Embeddings;
using Roots.Models.Metering;

namespace Roots.App.Embedding;

/// <summary>
/// Vectors for items and queries: embedding what waits for vectors (inline, in the background, or on
/// <c>roots embed</c>), the related links they give, and the model that makes them.
/// </summary>
public sealed class Embeddings
{
    private readonly string _directory;
    private readonly LibraryConfig _config;
    private readonly ILibraryStore _store;
    private readonly Func<HttpClient> _http;
    private readonly TimeZoneInfo _zone;
    private readonly TimeProvider _time;
    private readonly Func<ModelRuntime> _runtime;

    internal Embeddings(string directory, LibraryConfig config, ILibraryStore store, Func<HttpClient> http, TimeProvider time, TimeZoneInfo zone, Func<ModelRuntime> runtime)
    {
        _directory = directory;
        _config = config;
        _store = store;
        _http = http;
        _zone = zone;
        _time = time;
        _runtime = runtime;
    }

    /// <summary>Items embedded per transaction: a crash or Ctrl-C loses at most this much work.</summary>
    private const int EmbedBatchItems = 32;

    /// <summary>Related links kept per item by an embedding run.</summary>
    private const int StoredRelatedLinks = 5;

    /// <summary>Below this cosine similarity two items are not called related.</summary>
    private const float RelatedThreshold = 0.45f;

    private IEmbeddingGenerator<string, Embedding<float>>? _embedder;

    /// <summary>
    /// What follows a collection: its new items get vectors inline, from a detached background run
    /// started by <paramref name="launcher"/>, or not at all, as <c>embeddings.mode</c> (or <c>ROOTS_EMBED</c>)
    /// says. Collection itself never waits for the model; inline means the command ends with vectors, so a
    /// run already embedding this library is waited for, then what it left is embedded here.
    /// </summary>
    /// <param name="report">The collection's report.</param>
    /// <param name="launcher">How this host starts a background run.</param>
    /// <param name="onWaiting">Called once when an inline run waits for another embedding run.</param>
    /// <param name="embed">Runs the inline embedding, given the work (a host wraps it in a progress display); null runs it plainly.</param>
    /// <param name="stop">Ctrl-C: nothing more is started; an inline run waiting for the lock gives up.</param>
    public async Task<EmbeddingFollowUp> EmbedAfterCollectAsync(
        IngestReport report,
        IEmbeddingLauncher launcher,
        Action? onWaiting = null,
        Func<Func<IProgress<EmbedProgress>?, Task<EmbedReport>>, Task<EmbedReport>>? embed = null,
        CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(launcher);
        int count = report.ItemIds.Count;
        string mode = _config.Embeddings.EffectiveMode;
        if (count == 0 || mode == "off" || stop.IsCancellationRequested)
        {
            return new EmbeddingFollowUp(EmbeddingWay.None, count);
        }

        if (mode == "inline")
        {
            try
            {
                using var gate = await EmbedLock.AcquireAsync(_directory, onWaiting, cancellationToken: stop).ConfigureAwait(false);
                Task<EmbedReport> Work(IProgress<EmbedProgress>? progress) => EmbedPendingAsync(progress, stop);
                var done = embed is null ? await Work(null).ConfigureAwait(false) : await embed(Work).ConfigureAwait(false);
                return new EmbeddingFollowUp(EmbeddingWay.Inline, count, done);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl-C while waiting: what was collected is kept; roots embed catches up later.
                return new EmbeddingFollowUp(EmbeddingWay.Inline, count);
            }
        }

        var started = launcher.Start(_directory);
        return started.IsSuccess
            ? new EmbeddingFollowUp(started.Value ? EmbeddingWay.Background : EmbeddingWay.NotStarted, count)
            : new EmbeddingFollowUp(EmbeddingWay.NotStarted, count, Problem: started.Error);
    }

    /// <summary>
    /// The embedding model: the provider named by <c>embeddings.provider</c> (any OpenAI-compatible
    /// <c>/embeddings</c> endpoint, its key from the provider's <c>key_env</c>), else the local MiniLM.
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>> Embedder
    {
        get => _embedder ??= CreateEmbedder();
        set => _embedder = value;
    }

    private IEmbeddingGenerator<string, Embedding<float>> CreateEmbedder()
    {
        var settings = _config.Embeddings;
        var provider = settings.Provider is { Length: > 0 } name ? _config.Providers.FirstOrDefault(p => p.Name == name) : null;
        if (provider?.BaseUrl is not { Length: > 0 } baseUrl || settings.Model is not { Length: > 0 } model)
        {
            return new MiniLmEmbeddingGenerator();
        }

        // Built like chat clients: a kind whose hosts do not include the base URL's host sends nothing (and no key).
        var options = provider.ToDeclaration().ToOptions();
        if (!options.IsSuccess)
        {
            return new UnusableEmbeddingGenerator(options.Error!, model);
        }

        // A local endpoint may need no key: an unset variable sends none, as before (the endpoint says 401 if it wanted one).
        var key = _runtime().Keys.KeyOf(options.Value);
        // Metered like chat calls: priced, budgeted, one ledger row per request batch with operation "embed".
        return new MeteringEmbeddingGenerator(new OpenAiCompatibleEmbeddingGenerator(options.Value.EffectiveBaseUrl, model, key.IsSuccess ? key.Value : null, _http()), new MeteringOptions
        {
            Provider = provider.Name,
            Ledger = _store,
            Prices = _runtime().Prices,
            Budgets = _config.Budgets.ToBudgets(),
            Time = _time,
            Zone = _zone,
            DefaultModel = model,
            Scrubber = _runtime().Scrubber,
        });
    }

    /// <summary>The name vectors are recorded under, so vectors of two models never mix.</summary>
    public string EmbeddingModel =>
        Embedder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? MiniLmEmbeddingGenerator.ModelId;

    /// <summary>The vector index.</summary>
    public IVectorIndex Vectors => _store;

    /// <summary>How many items wait for vectors.</summary>
    public ValueTask<long> PendingEmbeddingsAsync(CancellationToken cancellationToken = default) =>
        _store.CountPendingEmbeddingAsync(EmbeddingModel, cancellationToken);

    /// <summary>How many items have vectors but not yet the related links they give (a run was killed in between).</summary>
    public async ValueTask<int> PendingRelatedLinksAsync(CancellationToken cancellationToken = default) =>
        (await _store.PendingRelatedAsync(EmbeddingModel, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>
    /// Gives every item whose current version has no vectors its passage vectors, in batches that
    /// each commit, then stores each new item's closest neighbours as <c>related</c> links.
    /// Interrupted, it keeps what it finished; the next run goes on from there.
    /// </summary>
    /// <remarks>
    /// Related links come from every vector, so they are stored once, at the end of the run. Each
    /// batch's items are marked as waiting for them in the transaction that saves their vectors
    /// (<see cref="IVectorIndex.PendingRelatedAsync"/>), and the mark goes only once their links are
    /// stored: a run killed in between leaves the marks, and the next run (any caller of this
    /// method, even with no item waiting for vectors) stores those items' links with its own.
    /// </remarks>
    public async Task<EmbedReport> EmbedPendingAsync(IProgress<EmbedProgress>? progress = null, CancellationToken stop = default)
    {
        var clock = Stopwatch.StartNew();
        string model = EmbeddingModel;
        long total = await _store.CountPendingEmbeddingAsync(model, stop).ConfigureAwait(false);
        var embedded = new List<long>();
        int chunks = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var ids = await _store.PendingEmbeddingAsync(model, EmbedBatchItems, stop).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    break;
                }

                var batch = await EmbedItemsAsync(ids, model, stop).ConfigureAwait(false);
                await _store.SaveEmbeddingsAsync(batch, CancellationToken.None).ConfigureAwait(false);
                CrashPoint.Reach(CrashPoint.EmbedAfterVectors);
                embedded.AddRange(ids);
                chunks += batch.Sum(b => b.Chunks);
                progress?.Report(new EmbedProgress(embedded.Count, total));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Keep what was committed; the rest stays pending.
        }

        // This run's items and those an earlier run saved vectors for but was killed before linking.
        var unlinked = await _store.PendingRelatedAsync(model, CancellationToken.None).ConfigureAwait(false);
        int related = 0;
        if (unlinked.Count > 0)
        {
            related = await StoreRelatedLinksAsync(unlinked, model, CancellationToken.None).ConfigureAwait(false);
            await _store.MarkRelatedStoredAsync(unlinked, CancellationToken.None).ConfigureAwait(false);
        }

        long pending = await _store.CountPendingEmbeddingAsync(model, CancellationToken.None).ConfigureAwait(false);
        return new EmbedReport(embedded.Count, chunks, pending, clock.Elapsed, related);
    }

    private async Task<List<ItemEmbedding>> EmbedItemsAsync(IReadOnlyList<long> ids, string model, CancellationToken stop)
    {
        var items = await _store.GetManyAsync(ids, stop).ConfigureAwait(false);
        var passages = new List<string>();
        var owners = new List<(Item Item, int First, int Count)>();
        foreach (var item in items)
        {
            string text = await _store.GetTextAsync(item.Id, null, stop).ConfigureAwait(false) ?? "";
            var chunks = TextChunker.Chunk(item.Title, text, TextChunker.DefaultBudget, _config.Embeddings.MaxChunks);
            if (chunks.Count == 0)
            {
                chunks = [item.Title.Length > 0 ? item.Title : item.Source];
            }

            owners.Add((item, passages.Count, chunks.Count));
            passages.AddRange(chunks);
        }

        var vectors = await Embedder.GenerateAsync(passages, cancellationToken: stop).ConfigureAwait(false);
        var batch = new List<ItemEmbedding>(owners.Count);
        foreach (var (item, first, count) in owners)
        {
            int dims = vectors[first].Vector.Length;
            var flat = new float[count * dims];
            for (int k = 0; k < count; k++)
            {
                var v = vectors[first + k].Vector.Span;
                v.CopyTo(flat.AsSpan(k * dims));
                Normalize(flat.AsSpan(k * dims, dims));
            }

            batch.Add(new ItemEmbedding(item.Id, item.CurrentVersion, model, dims, flat));
        }

        return batch;
    }

    private async Task<int> StoreRelatedLinksAsync(IReadOnlyList<long> items, string model, CancellationToken cancellationToken)
    {
        // Only items in a language the model reads get related links from vectors, and only to such items:
        // an English-only model's vectors of Chinese text would relate items by noise.
        var matrix = await _store.LoadVectorsAsync(model, cancellationToken).ConfigureAwait(false);
        var sources = (await _store.GetManyAsync(items, cancellationToken).ConfigureAwait(false))
            .Where(i => _config.Embeddings.Understands(i.Language)).Select(i => i.Id).ToList();
        var candidates = new List<Link>();
        foreach (long id in sources)
        {
            if (matrix.ItemCentroid(id) is not { } centroid)
            {
                continue;
            }

            foreach (var (other, score) in matrix.Nearest(centroid, (StoredRelatedLinks * 2) + 1, parallelism: Environment.ProcessorCount))
            {
                if (other != id && score >= RelatedThreshold)
                {
                    candidates.Add(new Link(id, LinkKinds.Related, other, Math.Round(score, 4), null));
                }
            }
        }

        var targets = (await _store.GetManyAsync(candidates.Select(l => l.TargetId).Distinct().ToList(), cancellationToken).ConfigureAwait(false))
            .Where(i => _config.Embeddings.Understands(i.Language)).Select(i => i.Id).ToHashSet();
        var links = candidates.Where(l => targets.Contains(l.TargetId))
            .GroupBy(l => l.SourceId).SelectMany(g => g.Take(StoredRelatedLinks)).ToList();
        await _store.ReplaceLinksAsync(LinkKinds.Related, items.ToList(), links, cancellationToken).ConfigureAwait(false);
        return links.Count;
    }

    /// <summary>The query's vector, unit length.</summary>
    internal async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        var embeddings = await Embedder.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false);
        var vector = embeddings[0].Vector.ToArray();
        Normalize(vector);
        return vector;
    }

    private static void Normalize(Span<float> vector)
    {
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm > 0 && Math.Abs(norm - 1f) > 1e-4f)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    /// <summary>Forgets every vector; <see cref="EmbedPendingAsync"/> then rebuilds them (for <c>roots reindex --vectors</c>).</summary>
    public ValueTask ClearVectorsAsync(CancellationToken cancellationToken = default) => _store.ClearEmbeddingsAsync(cancellationToken);

    internal Task<VectorMatrix> VectorsAsync(CancellationToken cancellationToken) =>
        _store.LoadVectorsAsync(EmbeddingModel, cancellationToken).AsTask();
}
