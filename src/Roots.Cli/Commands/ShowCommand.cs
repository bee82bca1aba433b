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
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var details = await library.ShowAsync(settings.Id, cancellationToken).ConfigureAwait(false);
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
                Tags = details.TagDetails.Select(JsonOutput.ToJson).ToList(),
                Category = details.Category is null ? null : JsonOutput.ToJson(details.Category),
            });
            return ExitCodes.Success;
        }

        var item = details.Item;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(new Markup($"[grey]{name}[/]"), new Text(value));
            }
        }

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
        foreach (var (key, value) in details.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Row(key, value);
        }

        Row("keywords", string.Join(", ", details.Keywords.Select(k => k.Display)));
        Row("identifiers", string.Join("  ", details.Identifiers));
        Row($"summary ({details.Summary.By})", details.Summary.Text);
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
}
