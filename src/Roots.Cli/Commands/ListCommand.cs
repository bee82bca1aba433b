using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots list</c>: items, newest first.</summary>
public sealed class ListCommand : LibraryCommand<FilterSettings>
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, FilterSettings settings, CancellationToken cancellationToken)
    {
        var items = await library.ListAsync(settings.ToFilter(), cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(items.Select(JsonOutput.ToJson).ToList());
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "title", "lang", "kind", "tags", "updated");
        foreach (var item in items)
        {
            table.AddRow(
                Printable.Markup(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Printable.Markup(item.Title),
                Printable.Markup(item.Language),
                Printable.Markup(item.Kind),
                Printable.Markup(string.Join(", ", item.Tags)),
                item.UpdatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
