using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Roots.App.Collect;
using Roots.App.Connect;
using Roots.App.Contracts;
using Roots.Core.Model;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>One feed's poll as <c>roots feed poll --json</c> prints it.</summary>
public sealed record FeedPollJson(long Id, string Url, string Status, int NewEntries, string? Error);

/// <summary>What <c>roots feed poll --json</c> prints.</summary>
public sealed record FeedPollReportJson(IReadOnlyList<FeedPollJson> Feeds, IngestReportJson Items);

/// <summary>One mailbox's poll as <c>roots mail poll --json</c> prints it.</summary>
public sealed record MailPollJson(long Id, string Url, string Status, int Messages, int NewItems, bool Rescanned, string? Error);

/// <summary>What <c>roots mail poll --json</c> prints.</summary>
public sealed record MailPollReportJson(IReadOnlyList<MailPollJson> Mailboxes, IngestReportJson Items);

/// <summary>A member of a duplicate group.</summary>
public sealed record DupeItemJson(long Id, string Title, string? Url);

/// <summary>A matched pair of a duplicate group.</summary>
public sealed record DupePairJson(long A, long B, string Evidence);

/// <summary>A duplicate group as <c>roots dupes --json</c> prints it.</summary>
public sealed record DupeGroupJson(IReadOnlyList<DupeItemJson> Items, IReadOnlyList<DupePairJson> Pairs);

/// <summary>A job as <c>roots jobs --json</c> prints it.</summary>
public sealed record JobJson(long Id, string Kind, string Key, string State, int Attempts, string? LastError, DateTimeOffset UpdatedAt);

/// <summary>What <c>roots jobs --json</c> prints: counts per state and the unfinished or failed jobs.</summary>
public sealed record JobsJson(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<JobJson> Jobs);

/// <summary>The JSON of the web collection commands (feeds, dupes, jobs), source-generated like the rest.</summary>
public static class WebJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(WebJsonContext.Default, CliJson.Default),
    };

    /// <summary>Writes <paramref name="value"/> to stdout as one JSON document.</summary>
    public static void Write<T>(T value)
    {
        var info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        Terminal.StdOut.WriteLine(JsonSerializer.Serialize(value, info));
    }

    /// <summary>A feed as printed: the wire contract both hosts share.</summary>
    public static FeedJson ToJson(Feed feed) => FeedJson.Of(feed);

    /// <summary>A duplicate group as printed.</summary>
    public static DupeGroupJson ToJson(DuplicateGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(
            [.. group.Items.Select(i => new DupeItemJson(i.Id, i.Title, i.Url))],
            [.. group.Pairs.Select(p => new DupePairJson(p.A, p.B, p.Evidence))]);
    }

    /// <summary>A job as printed.</summary>
    public static JobJson ToJson(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, job.Kind, job.Key, job.State.ToString().ToLowerInvariant(), job.Attempts, job.LastError, job.UpdatedAt);
    }
}

/// <summary>Source-generated serialisers for <see cref="WebJson"/>.</summary>
[JsonSerializable(typeof(List<FeedJson>))]
[JsonSerializable(typeof(FeedPollReportJson))]
[JsonSerializable(typeof(List<MailboxJson>))]
[JsonSerializable(typeof(MailPollReportJson))]
[JsonSerializable(typeof(List<DupeGroupJson>))]
[JsonSerializable(typeof(JobsJson))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
