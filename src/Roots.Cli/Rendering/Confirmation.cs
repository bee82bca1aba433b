using Roots.Cli.Infrastructure;
using Spectre.Console;

namespace Roots.Cli.Rendering;

/// <summary>
/// Asks before a batch spends money. Without a terminal to ask on (stdin redirected) and
/// without <c>--yes</c>, it refuses with a one-line hint rather than guess.
/// </summary>
public static class Confirmation
{
    /// <summary><see cref="ExitCodes.Success"/> to go ahead; otherwise the exit code to stop with.</summary>
    public static int Ask(bool yes, string command)
    {
        if (yes)
        {
            return ExitCodes.Success;
        }

        if (Console.IsInputRedirected)
        {
            Terminal.Error($"roots {command} spends money and stdin is not a terminal; re-run with --yes to accept the estimate above");
            return ExitCodes.Usage;
        }

        Console.Error.Write("proceed? [y/N] ");
        string? answer = Console.ReadLine();
        if (answer?.Trim().ToLowerInvariant() is "y" or "yes")
        {
            return ExitCodes.Success;
        }

        Terminal.Err.WriteLine("nothing sent");
        return ExitCodes.Failure;
    }
}
