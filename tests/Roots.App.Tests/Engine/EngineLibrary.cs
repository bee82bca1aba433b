using Roots.App.UseCases;
using Roots.TestKit;

namespace Roots.App.Tests.Engine;

/// <summary>A library folder with three notes (items 1, 2 and 3) and a provider pointing at a fake server, opened by an engine of the test's choosing.</summary>
public sealed class EngineLibrary : IAsyncDisposable
{
    private EngineLibrary(FakeOpenAiServer server)
    {
        Server = server;
        Uri provider = server.BaseUrl;
        Directory = System.IO.Directory.CreateTempSubdirectory("roots-engine-").FullName;
        using (var setup = Library.Init(Directory).Value.Library)
        {
            string notes = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "notes")).FullName;
            string[] paths = [.. new[] { "Oolong", "Sencha", "Pu-erh" }.Select(tea =>
            {
                string note = Path.Combine(notes, tea + ".md");
                File.WriteAllText(note, $"# {tea}\n\n{tea} can be cold-brewed overnight.\n");
                return note;
            })];
            setup.Files.AddPathsAsync(paths, AddOptions.None).GetAwaiter().GetResult();
        }

        File.AppendAllText(Path.Combine(Directory, "roots.yaml"),
            $"\nproviders:\n  - name: fake\n    kind: ollama\n    base_url: {provider}\n    models: [deepseek-chat]\n");
    }

    public FakeOpenAiServer Server { get; }

    public string Directory { get; }

    public static async Task<EngineLibrary> StartAsync() => new(await FakeOpenAiServer.StartAsync());

    public static Library Open(RootsEngine engine, string directory)
    {
        var opened = engine.Open(directory);
        Assert.True(opened.IsSuccess, opened.Error);
        return opened.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        await Server.DisposeAsync();
    }
}
