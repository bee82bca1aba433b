using System.Text;
using Roots.App.Ingest;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Extraction;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Archive;

namespace Roots.App.Tests.Connect;

/// <summary>
/// The steps after keeping are handed what the run kept: they connect, label and hash the new items
/// from memory, in both directions, without reading any new item back from the store.
/// </summary>
public sealed class StepsAfterKeepingTests : IDisposable
{
    private const string HandbookTitle = "The Local-First Knowledge Engine Handbook";

    private readonly LibraryFolder _folder = new();

    [Fact]
    public async Task NewItems_AreConnectedBothWays_AndNoneIsReadBack()
    {
        var config = _folder.Library.Config;
        var opened = StoreOpener.Open(_folder.Directory, config.StoreLocation, null, migrate: false);
        Assert.True(opened.IsSuccess, opened.Error);
        using var real = opened.Value;
        var (store, counter) = CountingStore.Over(real);
        var pipeline = Pipelines.ForFiles(config.Analysis.Chinese);
        var runner = new IngestRunner(pipeline, store, new FileArchive(Path.Combine(_folder.Directory, Library.ArchiveFolderName)), 64, 2);
        var afterKeeping = pipeline.AfterKeepFor(new AfterKeepContext(store, config));

        // An older note names a book that is collected later.
        var first = await runner.RunAsync([Markdown("older", $"# Reading list\n\nNext on the list: {HandbookTitle}, chapter two.\n")], 1, null, CancellationToken.None);
        await afterKeeping.RunAsync(first);
        long older = Assert.Single(first.ItemIds);
        counter.Reads.Clear();

        var second = await runner.RunAsync(
        [
            Markdown("handbook", $"---\ntitle: {HandbookTitle}\ndoi: 10.5281/zenodo.17978371\ntags: [local-first, 笔记]\n---\n\nHow to keep what you read, on your own disk.\n"),
            Markdown("review", $"# A review\n\nA review of {HandbookTitle} (https://doi.org/10.5281/zenodo.17978371): worth reading.\n"),
        ], 2, null, CancellationToken.None);
        await afterKeeping.RunAsync(second);

        Assert.Equal(2, second.Added);
        long handbook = second.ItemIds[0], review = second.ItemIds[1];
        Assert.DoesNotContain(counter.Reads, r => second.ItemIds.Contains(r.ItemId));

        var backlinks = await real.LinksToAsync(handbook, LinkKinds.Mentions);
        Assert.Contains(backlinks, l => l.SourceId == older && l.Evidence!.StartsWith("title:", StringComparison.Ordinal));
        Assert.Contains(backlinks, l => l.SourceId == review);
        Assert.DoesNotContain(await real.LinksFromAsync(handbook, LinkKinds.Mentions), l => l.TargetId == review);

        var tags = (await real.GetTagsAsync(handbook)).Where(t => t.Origin == TagOrigin.User).Select(t => t.Tag).ToList();
        Assert.Equal(["local-first", "笔记"], tags.Order(StringComparer.Ordinal));

        var hashes = (await real.AllSimHashesAsync()).ToDictionary(h => h.ItemId, h => h.Hash);
        Assert.All(second.ItemIds, id => Assert.NotEqual(0UL, hashes[id]));
    }

    [Fact]
    public async Task AnExtensionStep_RunsAfterTheDefaultOnes_OnTheItemsKept()
    {
        var config = _folder.Library.Config;
        var opened = StoreOpener.Open(_folder.Directory, config.StoreLocation, null, migrate: false);
        using var store = opened.Value;
        var seen = new RecordingStep();
        var (pipeline, runner) = ExtractAndDescribe(store, steps => steps.WithStepsAfterKeeping().AddAfterKeep(_ => seen));

        var report = await runner.RunAsync([Markdown("one", "# One\n\nfirst"), Markdown("two", "# Two\n\nsecond")], 2, null, CancellationToken.None);
        await pipeline.AfterKeepFor(new AfterKeepContext(store, config)).RunAsync(report);

        Assert.Equal(["carried tags", "attachments", "mentions", "near-duplicates", "translations", "tag rules", "pack search", "recording"],
            pipeline.AfterKeepFor(new AfterKeepContext(store, config)).Stages.Select(s => s.Name));
        Assert.Equal(report.ItemIds, seen.Items.Select(i => i.Id));
        Assert.Equal(["One", "Two"], seen.Items.Select(i => i.Title));
        Assert.Equal(["One\n\nfirst", "Two\n\nsecond"], seen.Items.Select(i => i.Text));
    }

    [Fact]
    public async Task AFailingStep_IsReported_AndTheStepsAfterItStillRun()
    {
        var config = _folder.Library.Config;
        var opened = StoreOpener.Open(_folder.Directory, config.StoreLocation, null, migrate: false);
        using var store = opened.Value;
        var seen = new RecordingStep();
        var (pipeline, runner) = ExtractAndDescribe(store, steps => steps.AddAfterKeep(_ => new FailingStep()).AddAfterKeep(_ => seen));

        var report = await runner.RunAsync([Markdown("one", "# One\n\nfirst")], 1, null, CancellationToken.None);
        await pipeline.AfterKeepFor(new AfterKeepContext(store, config)).RunAsync(report);

        Assert.Equal(1, report.Added);
        Assert.Empty(report.Failures);
        Assert.Equal(["failing: An item with the same key has already been added."], report.StepProblems);
        Assert.Equal(report.ItemIds, seen.Items.Select(i => i.Id));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A pipeline that extracts and describes, with the given steps after keeping, and its runner on <paramref name="store"/>.</summary>
    private (IngestPipeline Pipeline, IngestRunner Runner) ExtractAndDescribe(IItemStore store, Func<IngestPipelineBuilder, IngestPipelineBuilder> steps)
    {
        var pipeline = steps(new IngestPipelineBuilder()
            .Add(new Roots.App.Ingest.Stages.ExtractStage(Roots.Ingest.Extraction.ExtractorSet.Default))
            .Add(new Roots.App.Ingest.Stages.DescribeStage()))
            .Build();
        return (pipeline, new IngestRunner(pipeline, store, new FileArchive(Path.Combine(_folder.Directory, Library.ArchiveFolderName)), 64, 2));
    }

    private static IngestInput Markdown(string name, string text) => new(name, () => Result<CollectedDocument>.Ok(new CollectedDocument
    {
        Source = "test:" + name,
        FileName = name + ".md",
        Content = Encoding.UTF8.GetBytes(text),
        MediaType = MediaTypes.Markdown,
    }));

    private sealed class FailingStep : IAfterKeepStage
    {
        public string Name => "failing";

        public Task RunAsync(KeptRun run, CancellationToken cancellationToken) =>
            throw new ArgumentException("An item with the same key has already been added.");
    }

    private sealed class RecordingStep : IAfterKeepStage
    {
        public List<KeptItem> Items { get; } = [];

        public string Name => "recording";

        public Task RunAsync(KeptRun run, CancellationToken cancellationToken)
        {
            Items.AddRange(run.Items);
            return Task.CompletedTask;
        }
    }
}
