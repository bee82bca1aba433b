using System.ComponentModel;
using System.Globalization;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots list</c>: items, newest first; says on stderr when more match than it shows.</summary>
public sealed class ListCommand : LibraryCommand<ListCommand.Settings>
{
    /// <summary>Options of <c>roots list</c>: the filters, and <c>--all</c>.</summary>
    public sealed class Settings : FilterSettings
    {
        /// <summary>Every matching item, whatever <c>--limit</c> says.</summary>
        [CommandOption("--all")]
        [Description("List every matching item (no --limit).")]
        public bool All { get; init; }
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        // A negative limit is no limit, in both stores.
        var filter = settings.All ? settings.ToFilter() with { Limit = -1 } : settings.ToFilter();
        var items = await library.Read.ListAsync(filter, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(items.Select(JsonOutput.ToJson).ToList());
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "title", "lang", "kind", "tags", "updated");
        foreach (var item in items)
        {
            table.AddRow(
                item.Id.ToString(CultureInfo.InvariantCulture),
                Printable.Markup(item.Title),
                Printable.Markup(item.Language),
                Printable.Markup(item.Kind),
                Printable.Markup(string.Join(", ", item.Tags)),
                item.UpdatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
        // Only a full page can hide more: then one count says how many match.
        if (!settings.All && items.Count == filter.Limit)
        {
            long matching = await library.Read.CountAsync(filter, cancellationToken).ConfigureAwait(false);
            if (matching > items.Count)
            {
                Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{items.Count} of {matching} (--limit N or --all)"));
            }
        }

        return ExitCodes.Success;
    }
}
