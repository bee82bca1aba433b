using System.Reflection;
using Roots.Cli.Commands;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Every verb of <c>roots</c> by its path ("list", "feed add") and the options each takes, read from its
/// settings type: what <see cref="CommandLineCheck"/> checks a command line against before Spectre
/// parses it. A test holds this list equal to the tree <see cref="RootsCommands.Configure"/> builds.
/// </summary>
public static class CommandCatalog
{
    /// <summary>The verbs by path; a branch with a default command ("classify") is listed as a verb too.</summary>
    public static IReadOnlyDictionary<string, Type> Commands { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["init"] = typeof(InitCommand),
        ["add"] = typeof(AddCommand),
        ["import"] = typeof(ImportCommand),
        ["feed add"] = typeof(FeedAddCommand),
        ["feed list"] = typeof(FeedListCommand),
        ["feed remove"] = typeof(FeedRemoveCommand),
        ["feed poll"] = typeof(FeedPollCommand),
        ["feed import"] = typeof(FeedImportCommand),
        ["feed export"] = typeof(FeedExportCommand),
        ["mail add"] = typeof(MailAddCommand),
        ["mail list"] = typeof(MailListCommand),
        ["mail remove"] = typeof(MailRemoveCommand),
        ["mail poll"] = typeof(MailPollCommand),
        ["watch"] = typeof(WatchCommand),
        ["dupes"] = typeof(DupesCommand),
        ["worker"] = typeof(WorkerCommand),
        ["copy"] = typeof(CopyCommand),
        ["migrate"] = typeof(MigrateCommand),
        ["jobs"] = typeof(JobsCommand),
        ["list"] = typeof(ListCommand),
        ["show"] = typeof(ShowCommand),
        ["search"] = typeof(SearchCommand),
        ["verify"] = typeof(VerifyCommand),
        ["rebuild"] = typeof(RebuildCommand),
        ["embed"] = typeof(EmbedCommand),
        ["related"] = typeof(RelatedCommand),
        ["graph"] = typeof(GraphCommand),
        ["reindex"] = typeof(ReindexCommand),
        ["tag"] = typeof(TagCommand),
        ["classify"] = typeof(ClassifyCommand),
        ["classify apply"] = typeof(ClassifyCommand),
        ["classify train"] = typeof(ClassifyTrainCommand),
        ["classify evaluate"] = typeof(ClassifyEvaluateCommand),
        ["export"] = typeof(ExportCommand),
        ["publish"] = typeof(PublishCommand),
        ["tokens"] = typeof(TokensCommand),
        ["doctor"] = typeof(DoctorCommand),
        ["status"] = typeof(StatusCommand),
        ["costs"] = typeof(CostsCommand),
        ["summarize"] = typeof(SummarizeCommand),
        ["translate"] = typeof(TranslateCommand),
        ["ask"] = typeof(AskCommand),
        ["serve"] = typeof(ServeCommand),
        ["quickstart"] = typeof(QuickstartCommand),
    };

    /// <summary>The hidden verbs: accepted, never suggested.</summary>
    public static IReadOnlySet<string> Hidden { get; } = new HashSet<string>(StringComparer.Ordinal) { "classify apply" };

    /// <summary>The names that may follow <paramref name="prefix"/> ("" for the top level): verbs and branches.</summary>
    public static IReadOnlyList<string> NamesUnder(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        string start = prefix.Length == 0 ? "" : prefix + " ";
        return Commands.Keys.Where(path => path.StartsWith(start, StringComparison.Ordinal) && path.Length > start.Length && !Hidden.Contains(path))
            .Select(path => path[start.Length..].Split(' ')[0]).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when <paramref name="path"/> is a branch ("feed"): a name that only leads to verbs.</summary>
    public static bool IsBranch(string path) => Commands.Keys.Any(p => p.StartsWith(path + " ", StringComparison.Ordinal));

    /// <summary>The options the verb's settings declare (their own and inherited), plus <c>--help</c>.</summary>
    public static IReadOnlyList<OptionSpec> Options(Type command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = new List<OptionSpec> { new(["help"], ["h"], TakesValue: false, ValueOptional: false) };
        foreach (var property in SettingsOf(command).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option)
            {
                options.Add(new OptionSpec([.. option.LongNames], [.. option.ShortNames], option.ValueName is not null, option.ValueIsOptional));
            }
        }

        return options;
    }

    /// <summary>The settings type of a command: the type argument of its <c>Command&lt;T&gt;</c> base.</summary>
    private static Type SettingsOf(Type command)
    {
        for (var type = command; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericArguments() is [var settings] && settings.IsAssignableTo(typeof(CommandSettings)))
            {
                return settings;
            }
        }

        throw new ArgumentException($"{command} is not a command with settings", nameof(command));
    }
}
