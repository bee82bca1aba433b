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

            // The first watch round runs when the server starts; wait (bounded) for the background round, not for a time.
            var found = await EventuallyAsync(async () =>
                await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=wombat")) is var page && page.GetProperty("items").GetArrayLength() == 1 ? page : (System.Text.Json.JsonElement?)null);

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

    private static async Task<System.Text.Json.JsonElement> EventuallyAsync(Func<Task<System.Text.Json.JsonElement?>> probe)
    {
        for (int attempt = 0; attempt < 300; attempt++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the watch folder's file never became searchable (30 s)");
        return default;
    }
}
