using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roots.App;
using Roots.Core;
using Roots.Web.Api;
using Roots.Web.Hosting;
using Roots.Web.Pages;
using Roots.Web.Security;

namespace Roots.Web;

/// <summary>
/// <c>roots serve</c>: Kestrel with the JSON API, the pages and the background work over one
/// library. Start it with <see cref="StartAsync(ServeOptions, CancellationToken)"/>, wait with <see cref="WaitAsync"/> (cancel to
/// drain and stop), or dispose it.
/// </summary>
public sealed class RootsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RootsServer(WebApplication app, Uri address, bool readOnly)
    {
        _app = app;
        Address = address;
        IsReadOnly = readOnly;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// True when the library is read-only here (<see cref="Library.IsReadOnly"/>): it is served for
    /// browsing, no background round runs, and every request that would change it gets 409.
    /// </summary>
    public bool IsReadOnly { get; }

    /// <summary>The engine the server opens its libraries on (the host's, when it gave one).</summary>
    public RootsEngine Engine => _app.Services.GetRequiredService<RootsEngine>();

    /// <summary>When the background rounds (watch, embed, feeds, jobs) have first finished.</summary>
    public BackgroundRounds Rounds => _app.Services.GetRequiredService<BackgroundRounds>();

    /// <summary>
    /// Checks the library and the token rule, then starts listening. Fails, with a one-line reason,
    /// when there is no library, when it would bind beyond loopback without an access token, or
    /// when the port is taken.
    /// </summary>
    public static Task<Result<RootsServer>> StartAsync(ServeOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, null, cancellationToken);

    /// <summary>
    /// Starts the server on <paramref name="engine"/>, the host process's own (the CLI's), so that
    /// <c>roots serve</c> runs one engine: one set of HTTP clients, breakers and vector matrices.
    /// Null: the server makes its own. The server never disposes an engine it was given.
    /// </summary>
    public static async Task<Result<RootsServer>> StartAsync(ServeOptions options, RootsEngine? engine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool readOnly;
        var opened = engine is null ? Library.Open(options.LibraryDirectory) : engine.Open(options.LibraryDirectory);
        if (!opened.IsSuccess)
        {
            return Result<RootsServer>.Fail(opened.Error!);
        }

        using (var probe = opened.Value)
        {
            readOnly = probe.IsReadOnly;
        }

        string? tokenHash = AccessToken.LoadHash(options.LibraryDirectory);
        if (options.RequiresToken && tokenHash is null)
        {
            return Result<RootsServer>.Fail(
                $"binding {options.Bind} makes the library reachable from other machines and needs an access token; make one with: roots serve --token --bind {options.Bind}");
        }

        var app = Build(readOnly ? WithoutBackground(options) : options, tokenHash, readOnly, engine);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            return Result<RootsServer>.Fail($"cannot listen on {options.Bind}:{options.Port}: {e.Message}; choose another with --port");
        }

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RootsServer(app, new Uri(address.EndsWith('/') ? address : address + "/"), readOnly);
    }

    /// <summary>Runs until <paramref name="stop"/> is cancelled, then drains the requests and the background round and stops.</summary>
    public Task WaitAsync(CancellationToken stop) => _app.WaitForShutdownAsync(stop);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A read-only library runs no background round: each would only fail to write what it found.</summary>
    /// <summary>A read-only library runs no background round: each would only fail to write what it found.</summary>
    private static ServeOptions WithoutBackground(ServeOptions options) => options with
    {
        EmbedInterval = TimeSpan.Zero,
        WatchInterval = TimeSpan.Zero,
        FeedInterval = TimeSpan.Zero,
        WorkInterval = TimeSpan.Zero,
    };

    private static WebApplication Build(ServeOptions options, string? tokenHash, bool readOnly, RootsEngine? engine)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(RootsServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            kestrel.Listen(options.Bind, options.Port);
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadBytes);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(15));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(options);
        if (engine is not null)
        {
            // Registered as an instance: AddRoots keeps it (TryAdd), and the container does not dispose it.
            builder.Services.AddSingleton(engine);
        }

        builder.Services.AddRoots();
        builder.Services.AddSingleton(services => new LibraryPool(services.GetRequiredService<RootsEngine>(), options.LibraryDirectory, options.Connections));
        builder.Services.AddSingleton(services => new SearchCache(services.GetRequiredService<TimeProvider>(), options.SearchCacheAge));
        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddSingleton(new GuardSettings(tokenHash, options.RequiresToken));
        builder.Services.AddSingleton(new HostPolicy(options.Bind, options.AllowedHosts));
        builder.Services.AddSingleton<BackgroundRounds>();
        builder.Services.AddHostedService<BackgroundWork>();

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestGuard>();
        if (readOnly)
        {
            app.UseMiddleware<ReadOnlyLibraryGuard>();
        }

        app.UseMiddleware<WritesClearSearchCache>();
        app.MapItemsApi();
        app.MapSearchApi();
        app.MapTagsApi();
        app.MapOrganiseApi();
        app.MapFeedsApi();
        app.MapJobsApi();
        app.MapToolsApi();
        app.MapAddApi();
        app.MapGraphApi();
        app.MapOperationsApi();
        app.MapMaintenanceApi();
        app.MapModelsApi();
        app.MapOriginal();
        app.MapStaticAssets();
        app.MapPages();
        return app;
    }
}
