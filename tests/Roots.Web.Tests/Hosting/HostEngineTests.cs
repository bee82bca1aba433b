using Roots.App;

namespace Roots.Web.Tests.Hosting;

/// <summary><c>roots serve</c> runs on the CLI's engine: one engine per process, never a second one.</summary>
public sealed class HostEngineTests
{
    [Fact]
    public async Task Server_GivenTheHostsEngine_OpensItsLibrariesOnIt_AndLeavesItToTheHost()
    {
        string root = Directory.CreateTempSubdirectory("roots-web-").FullName;
        try
        {
            string library = Path.Combine(root, "library");
            Library.Init(library).Value.Library.Dispose();
            using var engine = RootsEngine.Create();

            var started = await RootsServer.StartAsync(ServedLibrary.Options(library, exposed: false), engine);
            Assert.True(started.IsSuccess, started.Error);
            await using (var server = started.Value)
            {
                Assert.Same(engine, server.Engine);
            }

            // Stopping the server did not dispose the host's engine: it still opens libraries.
            var reopened = engine.Open(library);
            Assert.True(reopened.IsSuccess, reopened.Error);
            reopened.Value.Dispose();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
