namespace Roots.Cli.Infrastructure;

/// <summary>Adjusts the command line before parsing, for conventions the parser does not know.</summary>
public static class CommandLine
{
    /// <summary>
    /// <c>roots add -</c> means "read stdin", a Unix convention; the parser would take a lone dash
    /// for an unnamed option, so it becomes <c>--stdin</c>. In <c>roots tag ID +ai -news</c> the
    /// parser would take <c>-news</c> for an unknown short option, so it becomes <c>--remove news</c>; <c>roots classify 12</c> becomes <c>roots classify apply 12</c>.
    /// </summary>
    public static string[] Normalize(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "tag")
        {
            return args.SelectMany(arg => IsTagRemoval(arg) ? new[] { "--remove", arg[1..] } : [arg]).ToArray();
        }

        // The parser reads "classify 12" as an unknown subcommand "12": item ids go to the hidden "apply".
        if (args.Length > 1 && args[0] == "classify" && !args[1].StartsWith('-') && args[1] is not ("train" or "evaluate" or "apply"))
        {
            return [args[0], "apply", .. args[1..]];
        }

        if (args.Length == 0 || args[0] is not ("add" or "tokens"))
        {
            return args;
        }

        return args.Select(arg => arg == "-" ? "--stdin" : arg).ToArray();
    }

    /// <summary>A single dash and a tag: not <c>--option</c>, not a lone <c>-</c>, not <c>-h</c> (help).</summary>
    private static bool IsTagRemoval(string arg) =>
        arg.Length > 1 && arg[0] == '-' && arg[1] != '-' && arg != "-h";
}
