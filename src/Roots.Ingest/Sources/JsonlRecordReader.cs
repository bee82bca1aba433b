using System.Text;
using System.Text.Json;
using Roots.Core;
using Roots.Core.Model;

namespace Roots.Ingest.Sources;

/// <summary>
/// Reads documents exported from elsewhere, one JSON object per line: <c>_id</c> or <c>id</c>
/// (kept as the external id; a string or an integer, compared as text: see <see cref="JsonlRecordId"/>), <c>title</c>, <c>text</c>, and optional <c>url</c>, <c>lang</c>,
/// <c>tags</c> (array or comma-separated string), <c>published</c>. The BEIR evaluation sets use
/// this shape. Each line is archived as it is, so the import can be verified and re-derived.
/// </summary>
public static class JsonlRecordReader
{
    /// <summary>Lines longer than this are refused (a record this large is almost surely not one).</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>One non-blank line and its number (1-based); parse it with <see cref="Parse"/>.</summary>
    public readonly record struct Line(long Number, string Text);

    /// <summary>Reads lines lazily, skipping blank ones; parsing is left to the caller so it can run in parallel.</summary>
    public static IEnumerable<Line> ReadLines(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return new Line(number, line);
        }
    }

    /// <summary>Parses one line into a document.</summary>
    public static Result<CollectedDocument> Parse(string line, long number)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLineBytes)
        {
            return Result<CollectedDocument>.Fail($"line {number}: record larger than {MaxLineBytes / (1024 * 1024)} MB");
        }

        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result<CollectedDocument>.Fail($"line {number}: not a JSON object");
            }

            var root = json.RootElement;
            var externalId = JsonlRecordId.Read(root);
            if (!externalId.IsSuccess)
            {
                return Result<CollectedDocument>.Fail($"line {number}: {externalId.Error}");
            }

            string? id = externalId.Value;
            string? title = Scalar(root, "title");
            string? text = Scalar(root, "text") ?? Scalar(root, "content") ?? Scalar(root, "body");
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(title))
            {
                return Result<CollectedDocument>.Fail($"line {number}: record has neither text nor title");
            }

            byte[] bytes = Encoding.UTF8.GetBytes(line);
            return new CollectedDocument
            {
                Source = id is null ? $"record:sha256:{Archive.FileArchive.HashOf(bytes)}" : $"record:{id}",
                ExternalId = id,
                Content = bytes,
                MediaType = Core.Extraction.MediaTypes.Json,
                Kind = "record",
                Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
                Text = text ?? "",
                Language = Scalar(root, "lang") ?? Scalar(root, "language"),
                Url = Scalar(root, "url"),
                Published = Scalar(root, "published") ?? Scalar(root, "date"),
                Tags = Tags(root),
            };
        }
        catch (JsonException e)
        {
            return Result<CollectedDocument>.Fail($"line {number}: invalid JSON ({FirstSentence(e.Message)})");
        }
    }

    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static IReadOnlyList<string> Tags(JsonElement root)
    {
        if (!root.TryGetProperty("tags", out var tags))
        {
            return [];
        }

        IEnumerable<string?> values = tags.ValueKind switch
        {
            JsonValueKind.Array => tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()),
            JsonValueKind.String => (tags.GetString() ?? "").Split(','),
            _ => [],
        };
        return values.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
