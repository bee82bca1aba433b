namespace Roots.Cli.Infrastructure;

/// <summary>
/// Checks a command line against <see cref="CommandCatalog"/> before it is parsed: an unknown verb, an
/// unknown option or an option without its value is a usage error in one line, with the nearest known
/// name when one is close (<c>--selct</c>: did you mean --select?). Spectre's strict parsing would also
/// refuse an unknown option, but without a suggestion, and it takes a missing value for the next
/// word ("__default_command"); a command that ran with a mistyped option ignored would do something
/// other than what was typed (publish everything instead of a selection, spend money).
/// </summary>
public static class CommandLineCheck
{
    private static readonly string[] RootOptions = ["--help", "-h", "--version", "-v"];

    /// <summary>The problem with <paramref name="args"/> (already normalised by <see cref="CommandLine"/>), or null.</summary>
    public static string? Problem(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string path = "";
        int i = 0;
        for (; i < args.Count && !args[i].StartsWith('-'); i++)
        {
            string candidate = path.Length == 0 ? args[i] : path + " " + args[i];
            if (CommandCatalog.Commands.ContainsKey(candidate) || CommandCatalog.IsBranch(candidate))
            {
                path = candidate;
                if (!CommandCatalog.IsBranch(path))
                {
                    i++;
                    break;
                }

                continue;
            }

            if (CommandCatalog.Commands.ContainsKey(path))
            {
                break; // a branch's default command ("classify") takes the rest as its arguments
            }

            string where = path.Length == 0 ? "" : $" in roots {path}";
            return $"unknown command '{args[i]}'{where}{DidYouMean(args[i], CommandCatalog.NamesUnder(path))} (see roots {(path.Length == 0 ? "" : path + " ")}--help)";
        }

        if (!CommandCatalog.Commands.TryGetValue(path, out var command))
        {
            // The top level or a branch without a default command: only help (and the version at the top).
            var allowed = path.Length == 0 ? RootOptions : ["--help", "-h"];
            string? option = args.Skip(i).FirstOrDefault(a => a.StartsWith('-') && !allowed.Contains(a));
            return option is null ? null : Unknown(option, path, allowed.Where(a => a.StartsWith("--", StringComparison.Ordinal)));
        }

        return OptionProblem(args, i, path, CommandCatalog.Options(command));
    }

    private static string? OptionProblem(IReadOnlyList<string> args, int start, string path, IReadOnlyList<OptionSpec> options)
    {
        for (int i = start; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                return i + 1 < args.Count ? $"roots {path} takes nothing after '--' ('{args[i + 1]}')" : null;
            }

            if (arg.Length < 2 || arg[0] != '-' || IsNumber(arg))
            {
                continue; // an argument, '-' for stdin, or a negative number
            }

            OptionSpec? spec;
            bool inlineValue = false;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                int separator = arg.IndexOfAny(['=', ':']);
                string name = separator < 0 ? arg[2..] : arg[2..separator];
                inlineValue = separator >= 0;
                spec = options.FirstOrDefault(o => o.LongNames.Contains(name, StringComparer.Ordinal));
            }
            else
            {
                // Short options may be grouped (-yn 5); the last one may take the value.
                var letters = arg[1..].Select(c => c.ToString()).ToList();
                var specs = letters.Select(l => options.FirstOrDefault(o => o.ShortNames.Contains(l, StringComparer.Ordinal))).ToList();
                spec = specs.Contains(null) ? null : specs[^1];
            }

            if (spec is null)
            {
                return Unknown(arg, path, options.SelectMany(o => o.LongNames.Select(n => "--" + n)));
            }

            if (spec.TakesValue && !spec.ValueOptional && !inlineValue)
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith('-') && args[i + 1] != "-" && !IsNumber(args[i + 1])))
                {
                    return $"option {arg} of roots {path} needs a value (see roots {path} --help)";
                }

                i++;
            }
        }

        return null;
    }

    private static string Unknown(string option, string path, IEnumerable<string> known)
    {
        string name = option.Split('=', ':')[0];
        // "-jsn" and "-tag" are long names typed with one dash: compare them as long names.
        string typed = name.StartsWith("--", StringComparison.Ordinal) ? name : "-" + name;
        string where = path.Length == 0 ? "roots" : "roots " + path;
        return $"unknown option '{name}' for {where}{DidYouMean(typed, known)} (see {where} --help)";
    }

    private static string DidYouMean(string typed, IEnumerable<string> known) =>
        Suggestion.Nearest(typed, known) is { } nearest ? $"; did you mean {nearest}?" : "";

    private static bool IsNumber(string arg) => arg.Length > 1 && arg[0] == '-' && (char.IsAsciiDigit(arg[1]) || arg[1] == '.');
}
