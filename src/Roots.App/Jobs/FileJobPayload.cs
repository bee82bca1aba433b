using System.Text.Json;
using Roots.App.UseCases;

namespace Roots.App.Jobs;

/// <summary>
/// A file queued for a worker (<c>roots add --queue</c>): the job key is the file's full path, which
/// every worker must be able to read (a shared folder); the payload carries the add options.
/// </summary>
internal static class FileJobPayload
{
    /// <summary>The job kind of a file to collect.</summary>
    public const string Kind = "file";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The payload for <paramref name="options"/>; null when there is nothing to apply.</summary>
    public static string? Of(AddOptions options) =>
        options.Tags is not { Count: > 0 } && options.Title is null && !options.Own ? null : JsonSerializer.Serialize(new Body(options.Tags, options.Title, options.Own), Json);

    /// <summary>The options a payload carries; none for a null or unreadable payload.</summary>
    public static AddOptions Read(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return AddOptions.None;
        }

        try
        {
            var body = JsonSerializer.Deserialize<Body>(payload, Json);
            return body is null ? AddOptions.None : new AddOptions(body.Tags, body.Title, Own: body.Own);
        }
        catch (JsonException)
        {
            return AddOptions.None;
        }
    }

    private sealed record Body(IReadOnlyList<string>? Tags, string? Title, bool Own = false);
}
