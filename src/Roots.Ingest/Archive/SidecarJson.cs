using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Roots.Core.Model;

namespace Roots.Ingest.Archive;

/// <summary>
/// The sidecar's file format: indented JSON, camel case, nulls left out, so that a person (or a
/// script) reading <c>archive/ab/&lt;sha&gt;.meta.json</c> sees only what is known.
/// </summary>
internal static class SidecarJson
{
    /// <summary>Chinese titles and tags written as themselves, not as <c>\u</c> escapes: the file is for people too.</summary>
    private static readonly SidecarJsonContext s_context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static byte[] Serialize(OriginalSidecar sidecar) =>
        JsonSerializer.SerializeToUtf8Bytes(sidecar, s_context.OriginalSidecar);

    /// <summary>The sidecar in <paramref name="stream"/>, or null when it is not one (empty, truncated, hand-edited badly).</summary>
    public static OriginalSidecar? TryRead(Stream stream)
    {
        try
        {
            var sidecar = JsonSerializer.Deserialize(stream, s_context.OriginalSidecar);
            return sidecar is { Source.Length: > 0 } ? sidecar : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Source-generated (reflection-free) JSON for <see cref="OriginalSidecar"/>.</summary>
[JsonSerializable(typeof(OriginalSidecar))]
internal sealed partial class SidecarJsonContext : JsonSerializerContext;
