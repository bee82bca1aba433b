namespace Roots.Web.Tests.Api;

/// <summary>While serving, the <c>watch:</c> folders of roots.yaml are collected from, and searches see what they bring.</summary>
public sealed class WatchFolderServeTests
{
    [Fact]
    public async Task AFileInAWatchFolder_IsCollectedAtStart_WithTheFolderTags_AndFound()
    {
        string inbox = Directory.CreateTempSubdirectory("roots-watch-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, "wombat.md"), "# Wombats\n\nA wombat digs burrows in the bush.");
            await using var served = await ServedLibrary.StartAsync(yaml: $"\nwatch:\n  - {{ path: {inbox}, tags: [inbox] }}\n");
            using var client = served.Client();

            // The first watch round runs when the server starts: wait for that event, then search once.
            await served.Server.Rounds.FirstCompleted("watch").WaitAsync(TimeSpan.FromSeconds(60));
            var found = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=wombat"));
            Assert.Equal(1, found.GetProperty("items").GetArrayLength());

            var item = found.GetProperty("items")[0].GetProperty("item");
            long id = item.GetProperty("id").GetInt64();
            var tags = await ServedLibrary.JsonAsync(await client.GetAsync($"/api/items/{id}"));
            Assert.Contains("inbox", tags.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }
}
