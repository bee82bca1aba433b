using System.ComponentModel;
using System.Globalization;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots related ID</c>: the items most like one item, by shared words and by meaning.</summary>
public sealed class RelatedCommand : LibraryCommand<RelatedCommand.Settings>
{
    /// <summary>Options of <c>roots related</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The item number or external id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The item number, or the external id it was imported with.")]
        public string Id { get; init; } = "";

        /// <summary>How many related items.</summary>
        [CommandOption("-n|--limit <N>")]
        [Description("How many related items to show (default 10).")]
        public int Limit { get; init; } = 10;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Limit is < 1 or > 1000 ? ValidationResult.Error("--limit must be between 1 and 1000") : ValidationResult.Success();
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var related = await library.Related.RelatedAsync(settings.Id, settings.Limit, cancellationToken).ConfigureAwait(false);
        if (related is null)
        {
            Terminal.Error($"no item '{settings.Id}' in {library.Directory}; list items with: roots list");
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            JsonOutput.Write(related.Select(r => new RelatedJson(r.Item.Id, r.Item.ExternalId, r.Item.Title, Math.Round(r.Score, 5), r.Via, r.Item.Language)).ToList());
            return ExitCodes.Success;
        }

        if (related.Count == 0)
        {
            Terminal.Err.WriteLine("nothing related yet");
            return ExitCodes.Success;
        }

        int rank = 0;
        foreach (var r in related)
        {
            Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[bold]{++rank,2}. {Printable.Markup(r.Item.Title)}[/]  [grey]id {r.Item.Id} · {r.Item.Language} · {r.Via} · {r.Score:0.0000}[/]"));
        }

        return ExitCodes.Success;
    }
}
