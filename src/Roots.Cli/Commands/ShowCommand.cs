using System.ComponentModel;
using System.Globalization;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots show ID</c>: one item in full.</summary>
public sealed class ShowCommand : LibraryCommand<ShowCommand.Settings>
{
    /// <summary>Options of <c>roots show</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The item number or external id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The item number, or the external id it was imported with.")]
        public string Id { get; init; } = "";
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var details = await library.Read.ShowAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (details is null)
        {
            Terminal.Error($"no item '{settings.Id}' in {library.Directory}; list items with: roots list");
            return ExitCodes.Failure;
        }

        var versions = details.Versions.Select(v => new VersionJson(v.Number, v.Sha256, v.Size, v.MediaType, v.CollectedAt, v.TextLength)).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(new ItemDetailsJson(
                JsonOutput.ToJson(details.Item), versions, details.Fields, details.OriginalPath,
                new SummaryJson(details.Summary.Text, details.Summary.By),
                details.Keywords.Select(k => new KeywordJson(k.Display, k.Term, k.Score)).ToList(),
                details.Identifiers,
                details.Text)
            {
                KeywordsBy = details.KeywordsBy,
                Tags = details.TagDetails.Select(JsonOutput.ToJson).ToList(),
                Category = details.Category is null ? null : JsonOutput.ToJson(details.Category),
                Mentions = details.Mentions.Select(ToJson).ToList(),
                Backlinks = details.Backlinks.Select(ToJson).ToList(),
                Attachments = details.Attachments.Select(ToJson).ToList(),
                AttachmentOf = details.AttachmentOf.Select(ToJson).ToList(),
                Related = details.Related.Select(r => new RelatedJson(r.Item.Id, r.Item.ExternalId, r.Item.Title, Math.Round(r.Score, 5), r.Via, r.Item.Language)).ToList(),
                Translations = [.. details.Translations.Select(t => new TranslationDetailJson(t.Language, t.Title, t.Summary, t.Keywords, t.By, t.Current))],
            });
            return ExitCodes.Success;
        }

        var item = details.Item;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        // Values come from documents: each line is shown with its control characters escaped, so a
        // title can neither clear the screen nor forge a row; only the rows' own line breaks stay.
        void Lines(string name, IEnumerable<string?> lines, Func<string?, string> printable)
        {
            string value = string.Join("\n", lines.Where(l => !string.IsNullOrEmpty(l)).Select(printable));
            if (value.Length > 0)
            {
                grid.AddRow(new Markup($"[grey]{Printable.Markup(name)}[/]"), new Text(value));
            }
        }

        void Row(string name, string? value) => Lines(name, [value], Printable.Line);

        Row("id", item.Id.ToString(CultureInfo.InvariantCulture));
        Row("external id", item.ExternalId);
        Row("title", item.Title);
        Row("kind", item.Kind);
        Row("language", item.Language);
        Row("tags", string.Join(", ", details.TagDetails.Select(TagText.Of)));
        Row("category", details.Category is null ? null : TagText.Of(details.Category));
        Row("source", item.Source);
        Row("url", item.Url);
        Row("published", item.Published);
        // The author's abstract, keywords and second language version have rows of their own below;
        // a page's links are its mentions (shown below) and are in --json.
        foreach (var (key, value) in details.Fields.Where(f => !ShownApart(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Row(key, value);
        }

        Row($"keywords ({details.KeywordsBy})", string.Join(", ", details.Keywords.Select(k => k.Display)));
        Row("identifiers", string.Join("  ", details.Identifiers));
        Lines("mentions", details.Mentions.Select(Line), Printable.Line);
        Lines("mentioned by", details.Backlinks.Select(Line), Printable.Line);
        Lines("attachment items", details.Attachments.Select(Line), Printable.Line);
        Lines("attachment of", details.AttachmentOf.Select(Line), Printable.Line);
        Lines("related", details.Related.Select(r => $"{r.Item.Id}  {r.Item.Title}  ({r.Via})"), Printable.Line);
        Lines($"summary ({details.Summary.By})", [details.Summary.Text], Printable.Block);
        foreach (var t in details.Translations)
        {
            Lines($"{t.Language} ({t.By}{(t.Current ? "" : ", stale")})", [t.Title, t.Summary, string.Join(", ", t.Keywords)], Printable.Line);
        }

        Row("collected", item.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Row("original", details.OriginalPath);
        foreach (var v in details.Versions)
        {
            Row($"version {v.Number}", $"{v.CollectedAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}  {v.MediaType}  {v.Size} bytes  sha256:{v.Sha256}");
        }

        Terminal.Out.Write(grid);
        Terminal.Out.WriteLine();
        Terminal.Line(details.Text);
        return ExitCodes.Success;
    }

    private static LinkedJson ToJson(App.UseCases.LinkedItem link) => new(link.Item.Id, link.Item.Title, link.Kind, link.Evidence);

    private static string Line(App.UseCases.LinkedItem link) => $"{link.Item.Id}  {link.Item.Title}{(link.Evidence is { } e ? $"  ({e})" : "")}";

    private static bool ShownApart(string field) =>
        field is "abstract" or "keywords" or "links" || field.StartsWith(App.Ingest.Stages.StatementsStage.SecondPrefix, StringComparison.Ordinal);
}
