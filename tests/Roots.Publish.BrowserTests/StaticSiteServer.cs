using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;
using Roots.TestKit;

namespace Roots.Publish.BrowserTests;

/// <summary>Serves a published folder on the kit's <see cref="LoopbackServer"/>, as a static host would (index.html for folders).</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private StaticSiteServer(LoopbackServer server) => _server = server;

    /// <summary>The server's root URL, ending in /.</summary>
    public string BaseUrl => _server.BaseUrl.AbsoluteUri;

    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var files = new PhysicalFileProvider(folder);
        return new StaticSiteServer(await LoopbackServer.StartAsync(app =>
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
