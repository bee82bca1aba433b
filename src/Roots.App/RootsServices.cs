using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roots.App;

/// <summary>Registers the Roots engine and its parts with a host's services.</summary>
public static class RootsServices
{
    /// <summary>
    /// Registers <see cref="RootsEngine"/> (a singleton), its <see cref="RootsOptions"/>, the host's
    /// <see cref="TimeProvider"/> (unless one is registered already) and the named HTTP clients the engine uses.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the clock and the zone; the defaults are the system's.</param>
    public static IServiceCollection AddRoots(this IServiceCollection services, Action<RootsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new RootsOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(options.Time);

        // Model calls: the resilience pipeline times each attempt, so the client has no timeout of its own;
        // connections are renewed every five minutes so a provider's DNS change is noticed.
        services.AddHttpClient(RootsEngine.ModelClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        // Doctor and status probes: each probe sets its own 3-second limit; a redirect is reported, never followed.
        services.AddHttpClient(RootsEngine.ProbeClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(3),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        // Remote embedding endpoints: one request per batch, given a minute as before.
        services.AddHttpClient(RootsEngine.EmbeddingClient)
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(60));
        services.TryAddSingleton<RootsEngine>();
        return services;
    }
}
