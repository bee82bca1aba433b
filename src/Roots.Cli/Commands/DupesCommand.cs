using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Commands;

/// <summary><c>roots dupes [--json]</c>: groups of near-duplicate items (SimHash of the body ≤ 3 bits, or ≤ 12 bits with most word shingles shared; same canonical URL or DOI).</summary>
public sealed class DupesCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, LibrarySettings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var groups = await library.Duplicates.FindAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            WebJson.Write(groups.Select(WebJson.ToJson).ToList());
            return ExitCodes.Success;
        }

        if (groups.Count == 0)
        {
            Terminal.Err.WriteLine("no near-duplicates");
            return ExitCodes.Success;
        }

        foreach (var group in groups)
        {
            var evidence = string.Join("; ", group.Pairs.Select(p => p.Evidence).Distinct());
            Terminal.Out.MarkupLineSafe($"[bold]{group.Items.Count} items[/] [grey]({evidence})[/]");
            foreach (var item in group.Items)
            {
                Terminal.Out.MarkupLineSafe($"  {item.Id,6}  {item.Title}");
            }
        }

        Terminal.Err.WriteLine($"{groups.Count} groups of near-duplicates");
        return ExitCodes.Success;
    }
}
