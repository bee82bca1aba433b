using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Roots.App.Publish;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>What <c>roots publish --json</c> prints: the publish, and the check when <c>--check</c> was given.</summary>
public sealed record PublishReportJson(
    string Output, string BaseUrl, IReadOnlyList<string> Languages, int Items, int Works, int Files, int Rendered, int Written, int Removed,
    PublishCheckJson? Check)
{
    /// <summary>Seconds per stage (reading, deriving, grouping, theme, indexing, planning, texts, writing).</summary>
    public IReadOnlyList<PublishTimingJson> Timings { get; init; } = [];

    /// <summary>The ids of the published items that give no date of their own (their records carry none).</summary>
    public IReadOnlyList<long> Undated { get; init; } = [];
}

/// <summary>One stage's time.</summary>
public sealed record PublishTimingJson(string Stage, double Seconds);

/// <summary>The result of <c>--check</c>.</summary>
public sealed record PublishCheckJson(bool Ok, int Pages, int Links, int SitemapUrls, int FeedEntries, IReadOnlyList<string> Problems);

/// <summary>Source-generated JSON for <c>roots publish</c>.</summary>
[JsonSerializable(typeof(PublishReportJson))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class PublishJsonContext : JsonSerializerContext;

/// <summary>Prints a publish report as JSON.</summary>
public static class PublishJson
{
    private static readonly JsonSerializerOptions s_options = new(PublishJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> to stdout.</summary>
    public static void Write(PublishReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var check = report.Check is { } c ? new PublishCheckJson(c.Ok, c.Pages, c.Links, c.SitemapUrls, c.FeedEntries, c.Problems) : null;
        var json = new PublishReportJson(report.OutputDirectory, report.BaseUrl, report.Languages, report.Items, report.Works, report.Files,
            report.Rendered, report.Written, report.Removed, check)
        {
            Timings = [.. report.Timings.Select(t => new PublishTimingJson(t.Stage, t.Seconds))],
            Undated = [.. report.Undated.Select(u => u.Id)],
        };
        Terminal.StdOut.WriteLine(JsonSerializer.Serialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PublishReportJson>)s_options.GetTypeInfo(typeof(PublishReportJson))));
    }
}
