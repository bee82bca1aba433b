using System.Text.Json;
using Roots.Core;

namespace Roots.Ingest.Sources;

/// <summary>
/// The external id of a JSONL record: <c>_id</c>, else <c>id</c>. A string or an integer, compared
/// as text, so <c>7</c> and <c>"7"</c> are the same id (exports from different tools write the
/// same record both ways), while <c>"07"</c> is another. Anything else is an error of that line,
/// never an id quietly ignored: a fraction or exponent (<c>7.5</c>, <c>7.0</c>, <c>1e3</c>: not
/// an id, and their text is ambiguous), an object, array, boolean, null or an empty string.
/// </summary>
public static class JsonlRecordId
{
    /// <summary>The id as text; null when the record has neither field; a failure saying why the id is unusable.</summary>
    public static Result<string?> Read(JsonElement record)
    {
        string name = record.TryGetProperty("_id", out _) ? "_id" : "id";
        if (!record.TryGetProperty(name, out var value))
        {
            return Result<string?>.Ok(null);
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                string text = value.GetString()!.Trim();
                return text.Length > 0 ? Result<string?>.Ok(text) : Result<string?>.Fail($"{name} is an empty string");
            case JsonValueKind.Number:
                string raw = value.GetRawText();
                return IsInteger(raw)
                    ? Result<string?>.Ok(raw)
                    : Result<string?>.Fail($"{name} {raw} is not an integer (give integer or string ids)");
            default:
                return Result<string?>.Fail($"{name} must be a string or an integer, not {Describe(value.ValueKind)}");
        }
    }

    private static bool IsInteger(string raw)
    {
        var digits = raw.AsSpan(raw.StartsWith('-') ? 1 : 0);
        return digits.Length > 0 && !digits.ContainsAnyExcept("0123456789");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
