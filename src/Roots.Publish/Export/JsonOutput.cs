using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// The one way the exporters write JSON: a <see cref="Utf8JsonWriter"/> with fixed settings
/// (two-space indent, LF, final newline) whose properties are written in code order, so output
/// is byte-for-byte stable; every string is cleaned by <see cref="CleanText"/> first.
/// </summary>
internal static class JsonOutput
{
    /// <summary>
    /// For JSON files: non-ASCII text (Chinese) stays readable instead of becoming \uXXXX.
    /// Relaxed escaping leaves &lt; and &gt; as they are, which is fine in a file and never used
    /// for JSON embedded in HTML (see <see cref="HtmlSafe"/>).
    /// </summary>
    public static JavaScriptEncoder Relaxed => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// For JSON inside an HTML <c>&lt;script&gt;</c> element: the default encoder's rules, which
    /// always escape &lt; &gt; &amp; ' " + ` and U+2028/U+2029, but allowing every other
    /// character of the Basic Multilingual Plane so Chinese stays readable. With &lt; written as
    /// \u003C, no string can contain <c>&lt;/script&gt;</c> or <c>&lt;!--</c>.
    /// </summary>
    public static JavaScriptEncoder HtmlSafe { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Runs <paramref name="write"/> on a JSON writer and copies the result to <paramref name="target"/>, ending with a newline.</summary>
    public static void Write(TextWriter target, JavaScriptEncoder encoder, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Write(ToText(encoder, write));
        target.Write('\n');
    }

    /// <summary>The JSON text <paramref name="write"/> produces, without a final newline.</summary>
    public static string ToText(JavaScriptEncoder encoder, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var options = new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = encoder };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a string property when the value is not empty.</summary>
    public static void String(this Utf8JsonWriter json, string name, string? value)
    {
        string clean = CleanText.Of(value).Trim();
        if (clean.Length > 0)
        {
            json.WriteString(name, clean);
        }
    }

    /// <summary>Writes a string value (cleaned).</summary>
    public static void Value(this Utf8JsonWriter json, string? value) => json.WriteStringValue(CleanText.Of(value).Trim());

    /// <summary>Writes an array of strings when there is at least one.</summary>
    public static void Strings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        var list = values.Select(v => CleanText.Of(v).Trim()).Where(v => v.Length > 0).ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (string value in list)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
