using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Roots.Models.Doctor;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots doctor [--json] [--offline]</c>: checks providers, keys and budgets; exit 1 when any finding is an error.</summary>
public sealed class DoctorCommand : LibraryCommand<DoctorCommand.Settings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var findings = await library.Models.DoctorAsync(!settings.Offline, cancellationToken).ConfigureAwait(false);
        int errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        int warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        if (settings.Json)
        {
            ModelsJson.Write(new DoctorJson(errors == 0, errors, warnings, [.. findings.Select(ModelsJson.ToJson)]));
        }
        else
        {
            foreach (var finding in findings)
            {
                string colour = finding.Severity switch { FindingSeverity.Error => "red", FindingSeverity.Warning => "yellow", _ => "grey" };
                Terminal.Out.MarkupLineSafe($"[{colour}]{finding.Severity.ToString().ToLowerInvariant()}[/] {finding.Subject}: {finding.Message}");
                Terminal.Out.MarkupLineSafe($"  [grey]fix:[/] {finding.Fix}");
            }

            Terminal.Err.WriteLine(errors == 0 ? $"no errors, {warnings} warnings" : $"{errors} errors, {warnings} warnings");
        }

        return errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Options of <c>roots doctor</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Skip the endpoint probes.</summary>
        [CommandOption("--offline")]
        [Description("Do not contact the endpoints (skips the GET {base_url}/models probe).")]
        public bool Offline { get; init; }
    }
}
