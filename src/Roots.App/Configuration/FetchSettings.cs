using Roots.Core;
using Roots.Ingest.Web;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// The guarded web fetcher's settings (<c>fetch:</c> in <c>roots.yaml</c>). By default every
/// private, loopback and link-local address is refused, so that a URL in a feed or a bookmark
/// list can never reach the user's own network; <see cref="Allow"/> opens exactly what the user names.
/// </summary>
public sealed class FetchSettings
{
    /// <summary>
    /// Hosts, addresses or CIDR ranges (each optionally with <c>:port</c>) the fetcher may reach
    /// although private, e.g. <c>[127.0.0.1:8080, 10.0.0.0/8, wiki.lan]</c>. Default: none.
    /// Unioned with <c>ROOTS_FETCH_ALLOW</c> from the environment.
    /// </summary>
    [YamlMember(Alias = "allow")]
    public List<string> Allow { get; set; } = [];

    /// <summary>URLs fetched at the same time in one run, over all hosts (default 16; per host the fetcher allows 2).</summary>
    [YamlMember(Alias = "concurrency")]
    public int Concurrency { get; set; } = 16;

    /// <summary>The environment variables read with the file (the engine's: <see cref="RootsOptions.Environment"/>).</summary>
    [YamlIgnore]
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The allow list of the file, unioned with the environment's; a failure names the bad entry.</summary>
    public Result<FetchAllowList> AllowList()
    {
        var own = FetchAllowList.Parse(Allow ?? []);
        if (!own.IsSuccess)
        {
            return Result<FetchAllowList>.Fail($"fetch.allow: {own.Error}");
        }

        var environment = FetchAllowList.FromEnvironment(Environment);
        return environment.IsSuccess
            ? own.Value.Union(environment.Value)
            : Result<FetchAllowList>.Fail($"{FetchAllowList.EnvironmentVariable}: {environment.Error}");
    }

    /// <summary>Null when the settings are sound, else what is wrong in one line.</summary>
    public string? Validate()
    {
        if (Concurrency is < 1 or > 256)
        {
            return "fetch.concurrency must be between 1 and 256";
        }

        var own = FetchAllowList.Parse(Allow ?? []);
        return own.IsSuccess ? null : $"fetch.allow: {own.Error}";
    }
}
