using System.Globalization;
using Roots.App.Models;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Commands;

/// <summary><c>roots status [--json]</c>: per provider last success and error, error rate, circuit, spend against budget, balance.</summary>
public sealed class StatusCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, LibrarySettings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var statuses = await library.Models.StatusAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            ModelsJson.Write(statuses.Select(ModelsJson.ToJson).ToList());
            return ExitCodes.Success;
        }

        if (statuses.Count == 0)
        {
            Terminal.Err.WriteLine("no model providers configured; add one under providers in roots.yaml");
            return ExitCodes.Success;
        }

        foreach (var s in statuses)
        {
            Terminal.Out.MarkupLineSafe($"[bold]{s.Name}[/] ({s.Kind})  circuit {s.Circuit}  {s.Calls} calls this month, error rate {s.ErrorRate.ToString("P0", CultureInfo.InvariantCulture)}");
            Terminal.Out.MarkupLineSafe($"  last success: {Time(s.LastSuccess)}");
            Terminal.Out.MarkupLineSafe($"  last error:   {(s.LastError is null ? "none" : $"{Time(s.LastErrorAt)}: {s.LastError}")}");
            Terminal.Out.MarkupLineSafe($"  spent today {CostText.Of(s.SpentToday, s.UnpricedToday)}, this month {CostText.Of(s.SpentThisMonth, s.UnpricedThisMonth)}; {(s.Budgets.Count == 0 ? "no budget" : string.Join(", ", s.Budgets))}");
            if (s.Balance is { } balance)
            {
                Terminal.Out.MarkupLineSafe($"  balance: {balance}");
            }
        }

        return ExitCodes.Success;
    }

    private static string Time(DateTimeOffset? time) =>
        time?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "never";
}
