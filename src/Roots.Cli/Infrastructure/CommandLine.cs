namespace Roots.Cli.Infrastructure;

/// <summary>Adjusts the command line before parsing, for conventions the parser does not know.</summary>
public static class CommandLine
{
    /// <summary>
    /// <c>roots add -</c> means "read stdin", a Unix convention; the parser would take a lone dash
    /// for an unnamed option, so it becomes <c>--stdin</c>.
    /// </summary>
    public static string[] Normalize(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "add")
        {
            return args;
        }

        return args.Select(arg => arg == "-" ? "--stdin" : arg).ToArray();
    }
}
