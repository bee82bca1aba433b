using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Roots.Core.Transfer;

/// <summary>Conversions both stores share, so a value reads back the same from either.</summary>
public static class TransferValues
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Vectors as transferred bytes (float32, little-endian).</summary>
    public static byte[] FromFloats(float[] vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("vectors are transferred little-endian");
        }

        return MemoryMarshal.AsBytes(vectors.AsSpan()).ToArray();
    }

    /// <summary>Transferred bytes as vectors.</summary>
    public static float[] ToFloats(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }

    /// <summary>A list of strings as the one JSON text both stores hash alike.</summary>
    public static string ToJsonList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, Json);

    /// <summary>A JSON list of strings read back; an unreadable one is empty.</summary>
    public static string[] FromJsonList(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(text, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
