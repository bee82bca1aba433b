using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>What <c>roots add --queue --json</c> prints.</summary>
public sealed record QueueJson(int Queued, int Known, List<FailureJson> Failures);


/// <summary>What <c>roots migrate --json</c> prints.</summary>
public sealed record MigrateJson(string Store, int Version, List<int> Applied);

/// <summary>One table of <c>roots copy --json</c>: rows and content hash on each side.</summary>
public sealed record CopyTableJson(string Table, long FromRows, string FromHash, long ToRows, string ToHash, bool Match);

/// <summary>What <c>roots copy --json</c> prints.</summary>
public sealed record CopyJson(string From, string To, bool Match, List<CopyTableJson> Tables);

/// <summary>The JSON documents of the scale-out commands (queue, worker, migrate, copy).</summary>
public static class ScaleJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ScaleJsonContext.Default),
    };

    /// <summary>Writes <paramref name="value"/> to stdout as one JSON document.</summary>
    public static void Write<T>(T value)
    {
        var info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        Terminal.StdOut.WriteLine(JsonSerializer.Serialize(value, info));
    }
}

/// <summary>Source-generated serialisers for <see cref="ScaleJson"/>.</summary>
[JsonSerializable(typeof(QueueJson))]
[JsonSerializable(typeof(MigrateJson))]
[JsonSerializable(typeof(CopyJson))]
internal sealed partial class ScaleJsonContext : JsonSerializerContext;
