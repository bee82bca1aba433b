using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roots.App;
using Roots.App.UseCases;
using Roots.Web.Security;

namespace Roots.Web.Tests;

/// <summary>
/// A fresh library with a Chinese and an English note, served by the real <see cref="RootsServer"/>
/// on a free loopback port; background rounds off so tests see only what they do.
/// </summary>
public sealed partial class ServedLibrary : IAsyncDisposable
{
    public const string ChineseNote = "# 时代跃迁\n\n人工智能改变了知识的积累方式，词元是新的度量。\n\n参见 DOI 10.5281/zenodo.1234567";
    public const string EnglishNote = "# The language tax\n\nChinese text costs more tokens than English text for the same meaning.";

    private ServedLibrary(string root, RootsServer server, string? token)
    {
        Root = root;
        Server = server;
        Token = token;
    }

    public string Root { get; }

    public string Library => Path.Combine(Root, "library");

    public RootsServer Server { get; }

    /// <summary>The access token, when the test made one.</summary>
    public string? Token { get; }

    public Uri Address => Server.Address;

    /// <summary>Starts a served library; <paramref name="yaml"/> is appended to its roots.yaml (fetch allow lists, a taxonomy).</summary>
    public static async Task<ServedLibrary> StartAsync(
        bool exposed = false, bool makeToken = false, long maxUpload = 32L * 1024 * 1024, string? yaml = null, TimeSpan? workInterval = null)
    {
        string root = Directory.CreateTempSubdirectory("roots-web-").FullName;
        string library = Path.Combine(root, "library");
        var init = App.Library.Init(library, store: Roots.Cli.Tests.StoreUnderTest.StoreFor(library));
        Assert.True(init.IsSuccess, init.Error);
        using (var lib = init.Value.Library)
        {
            await lib.Files.AddNoteAsync(ChineseNote, new AddOptions(["ai"]));
            await lib.Files.AddNoteAsync(EnglishNote, new AddOptions(["tokens"]));
        }

        if (yaml is not null)
        {
            await File.AppendAllTextAsync(Path.Combine(library, "roots.yaml"), yaml);
        }

        string? token = makeToken ? AccessToken.CreateAndStore(library) : null;
        var started = await RootsServer.StartAsync(Options(library, exposed, maxUpload, workInterval));
        Assert.True(started.IsSuccess, started.Error);
        return new ServedLibrary(root, started.Value, token);
    }

    public static ServeOptions Options(string library, bool exposed, long maxUpload = 32L * 1024 * 1024, TimeSpan? workInterval = null) => new()
    {
        LibraryDirectory = library,
        Port = 0,
        Exposed = exposed,
        MaxUploadBytes = maxUpload,
        EmbedInterval = TimeSpan.Zero,
        FeedInterval = TimeSpan.Zero,
        WorkInterval = workInterval ?? TimeSpan.Zero,
    };

    /// <summary>A client with a cookie jar, as a browser on this origin would be.</summary>
    public HttpClient Client(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };
    }

    public HttpClient Client() => Client(out _);

    /// <summary>Loads the home page as a browser would and returns the CSRF token from its meta tag (the cookie is in the jar).</summary>
    public static async Task<string> CsrfAsync(HttpClient client)
    {
        string html = await client.GetStringAsync("/");
        return CsrfMeta().Match(html).Groups[1].Value;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Roots.Cli.Tests.StoreUnderTest.Drop(Library);
        foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}
