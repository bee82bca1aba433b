using Roots.App.UseCases;
using Roots.Core.Ports;

namespace Roots.App.Tests.Find;

/// <summary><see cref="Roots.App.Find.BatchSearcher.SearchBatchAsync"/>: every query of a file answered in order, bad lines reported, the rest kept.</summary>
public sealed class SearchBatchTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EveryQueryIsAnswered_InOrder_AndABadLineIsReportedWithItsNumber()
    {
        await _folder.Library.Files.AddPathsAsync([
            _folder.Write("tea.md", "# Tea\n\noolong and pu-erh, 普洱茶"),
            _folder.Write("web.md", "# Web archives\n\nWARC files and crawlers"),
        ], AddOptions.None);
        string queries = Path.Combine(_folder.Root, "queries.jsonl");
        File.WriteAllLines(queries, ["{\"_id\": \"q1\", \"text\": \"普洱茶\"}", "", "oops", "{\"_id\": \"q2\", \"text\": \"WARC\"}"]);

        var answers = new List<Roots.App.Find.BatchAnswer>();
        await foreach (var answer in _folder.Library.Batch.SearchBatchAsync(queries, new ItemFilter(), SearchMode.Lexical))
        {
            answers.Add(answer);
        }

        Assert.Equal([1L, 3L, 4L], answers.Select(a => a.Line));
        Assert.Equal("Tea", Assert.Single(answers[0].Results).Item.Title);
        Assert.Null(answers[1].Query);
        Assert.NotNull(answers[1].Problem);
        Assert.Equal("Web archives", Assert.Single(answers[2].Results).Item.Title);
        Assert.All(answers.Where(a => a.Query is not null), a => Assert.True(a.Milliseconds > 0));
    }
}
