using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>The JSON documents the CLI prints with <c>--json</c>; their field names are a contract (DESIGN.md).</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep 中文 readable; output is not embedded in HTML
        WriteIndented = true,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJson.Default, ConnectJson.Default),
    };

    /// <summary>Writes <paramref name="value"/> to stdout as one JSON document.</summary>
    public static void Write<T>(T value)
    {
        var info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        Terminal.StdOut.WriteLine(JsonSerializer.Serialize(value, info));
    }

    /// <summary>An item as listings print it.</summary>
    public static ItemJson ToJson(Item item) => new(
        item.Id, item.ExternalId, item.Title, item.Kind, item.Language, item.Tags, item.Source, item.Url, item.Published,
        item.CreatedAt, item.UpdatedAt, item.CurrentVersion);

    /// <summary>A search result.</summary>
    public static SearchResultJson ToJson(SearchResult result) => new(
        result.Item.Id, result.Item.ExternalId, result.Item.Title, Math.Round(result.Score, 4), result.Snippet?.ToHtml(),
        result.Item.Language, result.Item.Kind, result.Item.Tags);

    /// <summary>A tag or category with who set it.</summary>
    public static TagJson ToJson(TagDetail tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return new TagJson(tag.Name, tag.Origin, tag.Confidence is { } c ? Math.Round(c, 4) : null);
    }

    /// <summary>A collection report.</summary>
    public static IngestReportJson ToJson(IngestReport report) => new(
        report.Added, report.Updated, report.Unchanged,
        report.Duplicates.Select(d => new DuplicateJson(d.Label, d.ExistingItemId)).ToList(),
        report.Failures.Select(f => new FailureJson(f.Label, f.Reason)).ToList(),
        report.ItemIds, report.Interrupted)
    {
        Skipped = [.. report.Skipped.Select(s => new FailureJson(s.Label, s.Reason))],
        AttachmentsNotRead = [.. report.AttachmentsNotRead.Select(s => new FailureJson(s.Label, s.Reason))],
        StepProblems = report.StepProblems,
        DiskFull = report.StoppedByDiskFull,
        OcrPages = report.OcrPages,
        UnreadPages = report.UnreadPages,
        UnreadReason = report.UnreadReason,
    };
}

/// <summary>An item in a listing.</summary>
public sealed record ItemJson(
    long Id, string? ExternalId, string Title, string Kind, string Lang, IReadOnlyList<string> Tags, string Source, string? Url,
    string? Published, DateTimeOffset Created, DateTimeOffset Updated, int Version);

/// <summary>One search result; <c>snippet</c> is an HTML fragment (text escaped, matches in &lt;mark&gt;).</summary>
public sealed record SearchResultJson(
    long Id, string? ExternalId, string Title, double Score, string? Snippet, string Lang, string Kind, IReadOnlyList<string> Tags);

/// <summary>An item shown in full.</summary>
public sealed record ItemDetailsJson(
    ItemJson Item, IReadOnlyList<VersionJson> Versions, IReadOnlyDictionary<string, string> Fields, string Original,
    SummaryJson Summary, IReadOnlyList<KeywordJson> Keywords, IReadOnlyList<string> Identifiers, string Text)
{
    /// <summary>Who chose the keywords: <c>author</c> or <c>tf-idf</c>.</summary>
    public string? KeywordsBy { get; init; }

    /// <summary>Tags with who set them: <c>{name, origin, confidence}</c>.</summary>
    public IReadOnlyList<TagJson>? Tags { get; init; }

    /// <summary>The category with who set it, if any.</summary>
    public TagJson? Category { get; init; }

    /// <summary>Items this one mentions.</summary>
    public IReadOnlyList<LinkedJson>? Mentions { get; init; }

    /// <summary>Items that mention this one.</summary>
    public IReadOnlyList<LinkedJson>? Backlinks { get; init; }

    /// <summary>For a message: its attachments kept as items (<c>evidence</c> is the name each had in the message).</summary>
    public IReadOnlyList<LinkedJson>? Attachments { get; init; }

    /// <summary>For an attachment: the messages it arrived in.</summary>
    public IReadOnlyList<LinkedJson>? AttachmentOf { get; init; }

    /// <summary>The items most like this one.</summary>
    public IReadOnlyList<RelatedJson>? Related { get; init; }

    /// <summary>Stored translations (<c>roots translate</c>); <c>current</c> is false once the title or text changed.</summary>
    public IReadOnlyList<TranslationDetailJson>? Translations { get; init; }
}

/// <summary>A stored translation as <c>roots show --json</c> prints it.</summary>
public sealed record TranslationDetailJson(string Language, string Title, string Summary, IReadOnlyList<string> Keywords, string By, bool Current);

/// <summary>A summary and its provenance (<c>extractive</c> or <c>model:NAME</c>).</summary>
public sealed record SummaryJson(string Text, string By);

/// <summary>A keyword: the readable word, the index term, the TF-IDF score.</summary>
public sealed record KeywordJson(string Word, string Term, double Score);

/// <summary>One version of an item.</summary>
public sealed record VersionJson(int Number, string Sha256, long Size, string MediaType, DateTimeOffset Collected, int TextLength);

/// <summary>What a collection did.</summary>
public sealed record IngestReportJson(
    int Added, int Updated, int Unchanged, IReadOnlyList<DuplicateJson> Duplicates, IReadOnlyList<FailureJson> Failures,
    IReadOnlyList<long> Items, bool Interrupted)
{
    /// <summary>What was left out while walking folders (a Roots library folder, a fifo), with the reason: not failures.</summary>
    public IReadOnlyList<FailureJson> Skipped { get; init; } = [];

    /// <summary>Attachments listed by name only on their message (a format not read), with why: not failures.</summary>
    public IReadOnlyList<FailureJson> AttachmentsNotRead { get; init; } = [];

    /// <summary>Steps after keeping that failed (<c>name: reason</c>); the items are kept.</summary>
    public IReadOnlyList<string> StepProblems { get; init; } = [];

    /// <summary>Set when the run stopped on a full disk: the message (exit code 1).</summary>
    public string? DiskFull { get; init; }

    /// <summary>Pages read by OCR (scanned PDF pages and images) in the items added or updated.</summary>
    public int OcrPages { get; init; }

    /// <summary>Pages with no text layer left unread (OCR unavailable, off or failed); their items are kept.</summary>
    public int UnreadPages { get; init; }

    /// <summary>Why those pages were not read, in one line; null when none were.</summary>
    public string? UnreadReason { get; init; }
}

/// <summary>An input already kept by another item.</summary>
public sealed record DuplicateJson(string Input, long ItemId);

/// <summary>An input that failed.</summary>
public sealed record FailureJson(string Input, string Reason);

/// <summary>What verify found.</summary>
public sealed record VerifyJson(bool Sound, long Items, long VersionsChecked, long IndexEntries, long UnreferencedOriginals, IReadOnlyList<string> Problems)
{
    /// <summary>Of the unreferenced originals, those whose sidecar names their source.</summary>
    public long RestorableOriginals { get; init; }

    /// <summary>Temporary files of killed writers in the archive.</summary>
    public long StaleTemporaryFiles { get; init; }

    /// <summary>Originals of items without a sidecar yet.</summary>
    public long MissingSidecars { get; init; }

    /// <summary>What <c>--repair</c> did, when asked.</summary>
    public RepairJson? Repair { get; init; }
}

/// <summary>What <c>roots verify --repair</c> did.</summary>
public sealed record RepairJson(
    int TemporaryFilesRemoved, int OriginalsRecovered, int ItemsRestored, int VersionsRestored,
    IReadOnlyList<string> NotRestored, IReadOnlyList<string> NotRepaired, int SidecarsWritten);

/// <summary>What classify evaluate found.</summary>
public sealed record ClassifyEvaluationJson(int Samples, int Folds, int Seed, double Accuracy, double MacroF1, IReadOnlyList<LabelMetricsJson> Labels);

/// <summary>One label's scores.</summary>
public sealed record LabelMetricsJson(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>A tag or category: origin is user, rule or classifier; confidence is the classifier's probability (1 for rules, absent for the user).</summary>
public sealed record TagJson(string Name, string Origin, double? Confidence);

/// <summary>What roots tag did.</summary>
public sealed record TagChangeJson(long Id, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<TagJson> Tags, TagJson? Category);

/// <summary>What roots classify did.</summary>
public sealed record ClassifyReportJson(bool DryRun, DateTimeOffset? ModelTrainedAt, IReadOnlyList<ItemClassificationJson> Items);

/// <summary>One item's automatic labels: applied, and suggested but not applied.</summary>
public sealed record ItemClassificationJson(
    long Id, string Title, IReadOnlyList<LabelDecisionJson> Applied, IReadOnlyList<LabelDecisionJson> Suggested, IReadOnlyList<string> Problems);

/// <summary>One automatic label: kind is tag or category, origin rule or classifier.</summary>
public sealed record LabelDecisionJson(string Kind, string Name, string Origin, double Confidence);

/// <summary>What roots classify train did.</summary>
public sealed record ClassifierTrainingJson(
    string Model, DateTimeOffset TrainedAt, int Items, IReadOnlyList<LabelCountJson> Labels, double? CategoryAccuracy, double? TagAccuracy, double? TagMicroF1);

/// <summary>One label of the training data.</summary>
public sealed record LabelCountJson(string Kind, string Label, int Items, bool Trained);

/// <summary>Source-generated serialisers for every CLI document (fast start, no reflection).</summary>
[JsonSerializable(typeof(List<ItemJson>))]
[JsonSerializable(typeof(List<SearchResultJson>))]
[JsonSerializable(typeof(ItemDetailsJson))]
[JsonSerializable(typeof(IngestReportJson))]
[JsonSerializable(typeof(VerifyJson))]
[JsonSerializable(typeof(ClassifyEvaluationJson))]
[JsonSerializable(typeof(TagChangeJson))]
[JsonSerializable(typeof(ClassifyReportJson))]
[JsonSerializable(typeof(ClassifierTrainingJson))]
[JsonSerializable(typeof(Dictionary<string, List<SearchResultJson>>))]
internal sealed partial class CliJson : JsonSerializerContext;
