using System.Globalization;
using Roots.App.Publish;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>
/// Decides, for <c>roots publish</c>, whether a publish that needs confirmation (<see cref="PublishPreview"/>)
/// goes ahead: a selection of nothing only with <c>--allow-empty</c>; the removal of most of a site only
/// with <c>--yes</c> or a "y" on the terminal. Says why when it stops, and keeps the exit code.
/// </summary>
/// <param name="allowEmpty">Whether <c>--allow-empty</c> was given.</param>
/// <param name="yes">Whether <c>--yes</c> was given.</param>
public sealed class PublishConfirmation(bool allowEmpty, bool yes)
{
    /// <summary>The exit code to stop with once <see cref="Confirm"/> said no (the reason is printed); null otherwise.</summary>
    public int? StopCode { get; private set; }

    /// <summary>For <see cref="PublishOptions.Confirm"/>: true to go ahead.</summary>
    public bool Confirm(PublishPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.SelectsNothing && !allowEmpty)
        {
            string what = preview.Selection.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? "the library has no item to publish" : $"--select {preview.Selection} matches no item";
            Terminal.Error($"{what}; nothing was published or removed (--allow-empty publishes an empty selection)");
            StopCode = ExitCodes.Usage;
            return false;
        }

        if (!preview.RemovesMost || yes)
        {
            return true;
        }

        int answer = Confirmation.AskBefore(string.Create(CultureInfo.InvariantCulture,
            $"publish would remove {preview.RemovedPages} of the {preview.ExistingPages} pages in {preview.OutputDirectory}"));
        StopCode = answer == ExitCodes.Success ? null : answer;
        return StopCode is null;
    }
}
