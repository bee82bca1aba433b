using System.ComponentModel;
using System.Globalization;
using Roots.App.Models;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots costs [--since D] [--by model|operation|day] [--csv] [--json]</c>: the ledger summed.</summary>
public sealed class CostsCommand : LibraryCommand<CostsCommand.Settings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        if (!CostPeriod.TryParseSince(settings.Since, library.Clock.GetUtcNow(), library.TimeZone, out var since))
        {
            Terminal.Error($"--since '{settings.Since}' is not a date (yyyy-MM-dd) or a span like 7d");
            return ExitCodes.Usage;
        }

        if (!Enum.TryParse<CostGrouping>(settings.By, ignoreCase: true, out var by) || int.TryParse(settings.By, out _))
        {
            Terminal.Error($"--by must be model, operation or day, not '{settings.By}'");
            return ExitCodes.Usage;
        }

        var lines = await library.Models.CostsAsync(since, by, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            ModelsJson.Write(lines.Select(ModelsJson.ToJson).ToList());
        }
        else if (settings.Csv)
        {
            Terminal.Line($"{by.ToString().ToLowerInvariant()},calls,failed,input_tokens,output_tokens,cached_tokens,cost,currency,unpriced,estimated");
            foreach (var l in lines)
            {
                Terminal.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{Csv(l.Key)},{l.Calls},{l.Failed},{l.InputTokens},{l.OutputTokens},{l.CachedTokens},{l.Cost},{l.Currency},{l.Unpriced},{l.Estimated}"));
            }
        }
        else
        {
            var table = new Table().AddColumns(by.ToString().ToLowerInvariant(), "calls", "failed", "input", "output", "cached", "cost");
            foreach (var l in lines)
            {
                table.AddRow(Printable.Markup(l.Key), Num(l.Calls), Num(l.Failed), Num(l.InputTokens), Num(l.OutputTokens), Num(l.CachedTokens), Printable.Markup(CostText.Of(l)));
            }

            Terminal.Out.Write(table);
            Terminal.Err.WriteLine($"since {TimeZoneInfo.ConvertTime(since, library.TimeZone):yyyy-MM-dd}; {lines.Sum(l => l.Calls)} calls");
        }

        return ExitCodes.Success;
    }

    private static string Num(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Csv(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    /// <summary>Options of <c>roots costs</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The start of the period.</summary>
        [CommandOption("--since <DATE>")]
        [Description("From this day (yyyy-MM-dd) or span back (7d); default: the first of this month.")]
        public string? Since { get; init; }

        /// <summary>The grouping.</summary>
        [CommandOption("--by <GROUP>")]
        [Description("model (default), operation or day.")]
        public string By { get; init; } = "model";

        /// <summary>CSV instead of a table.</summary>
        [CommandOption("--csv")]
        [Description("Print CSV (one header line, one line per group).")]
        public bool Csv { get; init; }
    }
}
