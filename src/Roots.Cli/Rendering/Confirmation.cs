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

        if (Terminal.InputRedirected)
        {
            Terminal.Error($"roots {command} spends money and stdin is not a terminal; re-run with --yes to accept the estimate above");
            return ExitCodes.Usage;
        }

        return Prompt("proceed? [y/N] ", "nothing sent");
    }

    /// <summary>
    /// Asks before a command does something hard to undo (<paramref name="consequence"/>, one line: "publish
    /// would remove 40 of the 42 pages in site"). Without a terminal it refuses (exit 2) saying <c>--yes</c>.
    /// </summary>
    /// <returns><see cref="ExitCodes.Success"/> to go ahead; otherwise the exit code to stop with.</returns>
    public static int AskBefore(string consequence)
    {
        if (Terminal.InputRedirected)
        {
            Terminal.Error($"{consequence}; stdin is not a terminal to ask on, so nothing was changed: re-run with --yes to go ahead");
            return ExitCodes.Usage;
        }

        return Prompt($"{Printable.Line(consequence)}; proceed? [y/N] ", "nothing changed");
    }

    private static int Prompt(string question, string declined)
    {
        Terminal.Prompt(question);
        string? answer = Terminal.StdIn.ReadLine();
        if (answer?.Trim().ToLowerInvariant() is "y" or "yes")
        {
            return ExitCodes.Success;
        }

        Terminal.Err.WriteLine(declined);
        return ExitCodes.Failure;
    }
}
