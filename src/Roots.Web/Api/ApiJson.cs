using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Understanding;

namespace Roots.Web.Api;

// The API's JSON shapes, kept together because each is a few fields and they are read as one
// contract (openapi.json describes them). Items themselves are serialised as Roots.Core.Model.Item.

/// <summary>One page of a list.</summary>
internal sealed record PageJson<T>(IReadOnlyList<T> Items, int Limit, int Offset, int? NextOffset);

/// <summary>One search result; <c>SnippetHtml</c> is escaped HTML with the matches in <c>&lt;mark&gt;</c>.</summary>
internal sealed record SearchHitJson(Item Item, double Score, string? SnippetHtml);

/// <summary>A version of an item and where its original is served.</summary>
internal sealed record VersionJson(int Number, string Sha256, long Size, string MediaType, DateTimeOffset CollectedAt, int TextLength, string OriginalUrl);

/// <summary>An identifier and the page that resolves it, when there is one.</summary>
internal sealed record IdentifierJson(string Kind, string Value, string? Href);

/// <summary>Everything about one item.</summary>
internal sealed record ItemDetailJson(
    Item Item,
    string Text,
    IReadOnlyDictionary<string, string> Fields,
    DerivedText Summary,
    IReadOnlyList<Keyword> Keywords,
    IReadOnlyList<IdentifierJson> Identifiers,
    IReadOnlyList<TagDetail> Tags,
    TagDetail? Category,
    IReadOnlyList<LinkedItem> Mentions,
    IReadOnlyList<LinkedItem> Backlinks,
    IReadOnlyList<RelatedItem> Related,
    IReadOnlyList<VersionJson> Versions,
    IReadOnlyList<TranslationDetail> Translations)
{
    /// <summary>For a message: its attachments kept as items.</summary>
    public IReadOnlyList<LinkedItem> Attachments { get; init; } = [];

    /// <summary>For an attachment: the messages it arrived in.</summary>
    public IReadOnlyList<LinkedItem> AttachmentOf { get; init; } = [];
}

/// <summary>A tag edit: tags to add and to remove, and optionally the category.</summary>
internal sealed record TagEditJson(IReadOnlyList<string>? Add, IReadOnlyList<string>? Remove, string? Category);

/// <summary>A note to add.</summary>
internal sealed record NoteJson(string? Text, string? Title, IReadOnlyList<string>? Tags);

/// <summary>URLs to collect.</summary>
internal sealed record UrlsJson(IReadOnlyList<string>? Urls, IReadOnlyList<string>? Tags);

/// <summary>What an add did.</summary>
internal sealed record AddReportJson(int Added, int Updated, int Unchanged, IReadOnlyList<DuplicateInput> Duplicates, IReadOnlyList<FailedInput> Failures, IReadOnlyList<long> Items)
{
    public static AddReportJson Of(IngestReport report) =>
        new(report.Added, report.Updated, report.Unchanged, report.Duplicates, report.Failures, report.ItemIds)
        {
            AttachmentsNotRead = report.AttachmentsNotRead,
        };

    /// <summary>Attachments listed by name only on their message (a format not read), with why: not failures.</summary>
    public IReadOnlyList<FailedInput> AttachmentsNotRead { get; init; } = [];
}

/// <summary>A node of the link graph.</summary>
internal sealed record GraphNodeJson(long Id, string Title, string Kind, string Language);

/// <summary>The link graph.</summary>
internal sealed record GraphJson(IReadOnlyList<GraphNodeJson> Nodes, IReadOnlyList<Link> Links);
