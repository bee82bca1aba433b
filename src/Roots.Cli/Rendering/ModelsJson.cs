using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Roots.App.Models;
using Roots.Models.Doctor;
using Roots.Tokens.Pricing;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>A doctor finding as <c>roots doctor --json</c> prints it; severity is info, warning or error.</summary>
public sealed record FindingJson(string Severity, string Subject, string Code, string Message, string Fix);

/// <summary>What <c>roots doctor --json</c> prints.</summary>
public sealed record DoctorJson(bool Ok, int Errors, int Warnings, IReadOnlyList<FindingJson> Findings);

/// <summary>An amount as JSON: <c>{amount, currency}</c>.</summary>
public sealed record MoneyJson(decimal Amount, string Currency);

/// <summary>
/// A provider as <c>roots status --json</c> prints it; <c>spentToday</c>/<c>spentThisMonth</c> hold priced spend per currency,
/// <c>unpricedToday</c>/<c>unpricedThisMonth</c> count answered calls whose cost is unknown (not in those amounts).
/// </summary>
public sealed record ProviderStatusJson(
    string Name, string Kind, DateTimeOffset? LastSuccess, string? LastError, DateTimeOffset? LastErrorAt, int Calls, double ErrorRate,
    string Circuit, IReadOnlyList<MoneyJson> SpentToday, IReadOnlyList<MoneyJson> SpentThisMonth, IReadOnlyList<string> Budgets, MoneyJson? Balance,
    int UnpricedToday, int UnpricedThisMonth);

/// <summary>
/// A line of <c>roots costs --json</c>; <c>cost</c> sums priced calls and is <c>null</c> (always written) when none was
/// priced, <c>unpriced</c> counts calls whose cost is unknown.
/// </summary>
public sealed record CostLineJson(
    string Key, int Calls, int Failed, long InputTokens, long OutputTokens, long CachedTokens,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Cost, string? Currency, int Unpriced, int Estimated);

/// <summary>A summary as <c>roots summarize --json</c> prints it.</summary>
public sealed record SummaryJsonLine(long Id, string Title, string Summary, string By, bool Cached);

/// <summary>What <c>roots summarize --json</c> prints.</summary>
public sealed record SummaryReportJson(IReadOnlyList<SummaryJsonLine> Summaries, string? StoppedBecause);

/// <summary>A passage of <c>roots ask --json</c>.</summary>
public sealed record PassageJson(int Number, long Id, string Title, string Text);

/// <summary>What <c>roots ask --json</c> prints.</summary>
public sealed record AskJson(string Question, string? Answer, string? By, string? Note, IReadOnlyList<PassageJson> Passages);

/// <summary>An item as <c>roots tag --model --json</c> prints it: chosen taxonomy tags, those added now, those kept off because the user removed them.</summary>
public sealed record ModelTagJsonLine(
    long Id, string Title, IReadOnlyList<string> Tags, IReadOnlyList<string> Added, IReadOnlyList<string> Blocked, int Dropped, string By, bool Cached);

/// <summary>What <c>roots tag --model --json</c> prints; <c>dropped</c> counts answers outside the taxonomy.</summary>
public sealed record ModelTagReportJson(IReadOnlyList<ModelTagJsonLine> Items, int Dropped, string? StoppedBecause);

/// <summary>A translation as <c>roots translate --json</c> prints it.</summary>
public sealed record TranslationJsonLine(
    long Id, string Language, string Title, string Summary, IReadOnlyList<string> Keywords, string By, string SourceSha256, bool Cached);

/// <summary>A translation whose answer could not be used.</summary>
public sealed record TranslationFailureJson(long Id, string Language, string Reason);

/// <summary>What <c>roots translate --json</c> prints.</summary>
public sealed record TranslationReportJson(IReadOnlyList<TranslationJsonLine> Translations, IReadOnlyList<TranslationFailureJson> Failures, string? StoppedBecause);

/// <summary>A text as <c>roots translate --body --json</c> prints it: its distinct paragraphs, how many were cached and bought, whether all now are.</summary>
public sealed record BodyTranslationJsonLine(long Id, string Language, int Paragraphs, int Cached, int Bought, bool Complete, string By);

/// <summary>What <c>roots translate --body --json</c> prints: the translations as without <c>--body</c>, and the texts.</summary>
public sealed record BodyTranslationReportJson(
    IReadOnlyList<TranslationJsonLine> Translations, IReadOnlyList<BodyTranslationJsonLine> Bodies, IReadOnlyList<TranslationFailureJson> Failures, string? StoppedBecause);

/// <summary>The JSON of the model commands (doctor, status, costs, summarize, ask), source-generated like the rest.</summary>
public static class ModelsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        TypeInfoResolver = ModelsJsonContext.Default,
    };

    /// <summary>Writes <paramref name="value"/> to stdout as one JSON document.</summary>
    public static void Write<T>(T value) =>
        Terminal.StdOut.WriteLine(JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))));

    /// <summary>A finding.</summary>
    public static FindingJson ToJson(DoctorFinding f) => new(f.Severity.ToString().ToLowerInvariant(), f.Subject, f.Code, f.Message, f.Fix);

    /// <summary>An amount.</summary>
    public static MoneyJson ToJson(Money m) => new(m.Amount, m.Currency);

    /// <summary>A provider's status.</summary>
    public static ProviderStatusJson ToJson(ProviderStatus s) => new(
        s.Name, s.Kind, s.LastSuccess, s.LastError, s.LastErrorAt, s.Calls, Math.Round(s.ErrorRate, 4), s.Circuit,
        [.. s.SpentToday.Select(ToJson)], [.. s.SpentThisMonth.Select(ToJson)], s.Budgets, s.Balance is { } b ? ToJson(b) : null,
        s.UnpricedToday, s.UnpricedThisMonth);

    /// <summary>A cost line.</summary>
    public static CostLineJson ToJson(CostLine l) => new(
        l.Key, l.Calls, l.Failed, l.InputTokens, l.OutputTokens, l.CachedTokens, l.Cost, l.Currency, l.Unpriced, l.Estimated);
}

/// <summary>Source-generated serialisers for the model commands.</summary>
[JsonSerializable(typeof(DoctorJson))]
[JsonSerializable(typeof(List<ProviderStatusJson>))]
[JsonSerializable(typeof(List<CostLineJson>))]
[JsonSerializable(typeof(SummaryReportJson))]
[JsonSerializable(typeof(AskJson))]
[JsonSerializable(typeof(ModelTagReportJson))]
[JsonSerializable(typeof(TranslationReportJson))]
[JsonSerializable(typeof(BodyTranslationReportJson))]
internal sealed partial class ModelsJsonContext : JsonSerializerContext;
