using System.Xml.Linq;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Tests;

/// <summary>A mistyped verb or option stops roots with one line and exit 2 instead of running something else.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    /// <summary>Every verb roots has (hidden ones aside), as its words.</summary>
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (string path in CommandCatalog.Commands.Keys.Where(p => !CommandCatalog.Hidden.Contains(p)))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task EveryVerb_WithAnUnknownOption_ExitsTwoWithOneLine(string verb)
    {
        var outcome = await RootsProcess.RunAsync([.. verb.Split(' '), "--bogus-option", "--library", _lib.Library]);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"roots: error: unknown option '--bogus-option' for roots {verb}", line, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task EveryVerb_HasHelp(string verb)
    {
        // A description is console markup: "user@host[:port]" once made `roots init --help` crash in Spectre.
        var outcome = await RootsProcess.RunAsync([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("USAGE", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did you mean --select?", "publish", "--out", "site", "--selct", "tag:food")]
    [InlineData("did you mean --tag?", "list", "--tg", "food")]
    [InlineData("did you mean --json?", "show", "1", "--jsn")]
    [InlineData("did you mean --json?", "list", "-json")]
    [InlineData("unknown option '--bogus' for roots ask", "ask", "q", "--bogus")]
    [InlineData("did you mean search?", "serch", "tea")]
    [InlineData("unknown command 'ad' in roots feed; did you mean add?", "feed", "ad", "http://127.0.0.1/feed")]
    [InlineData("did you mean --dry-run?", "classify", "--dry-rn")]
    [InlineData("option --select of roots publish needs a value", "publish", "--select")]
    [InlineData("option --tag of roots list needs a value", "list", "--tag", "--json")]
    [InlineData("option -n of roots list needs a value", "list", "-n")]
    [InlineData("takes nothing after '--'", "list", "--", "--tag")]
    public async Task Mistyped_ExitsTwoWithOneLineAndASuggestion(string expected, params string[] args)
    {
        await _lib.Roots("init");

        var outcome = await _lib.Roots(args);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("roots: error:", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheInformationalVersion()
    {
        var outcome = await RootsProcess.RunAsync(["--version"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(RootsCommands.Version, outcome.Stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", outcome.Stdout);
    }

    [Fact]
    public async Task KnownOptionsAndPassThroughs_StillWork()
    {
        await _lib.Roots("init");
        Assert.Equal(0, (await _lib.RootsWithStdin("a note about tea", "add", "-", "--title", "Tea")).ExitCode);

        Assert.Equal(0, (await _lib.Roots("tag", "1", "+green", "-black", "--json")).ExitCode);
        Assert.Equal(0, (await _lib.Roots("list", "-n", "5", "--tag=green", "--json")).ExitCode);
        Assert.Equal(0, (await _lib.Roots("classify", "1", "--dry-run")).ExitCode);
        Assert.Equal(0, (await _lib.Roots("show", "1", "--json")).ExitCode);
    }

    [Fact]
    public void Catalog_IsTheTreeTheAppIsConfiguredWith()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 100_000;
        var app = new CommandApp();
        app.Configure(config =>
        {
            RootsCommands.Configure(config);
            config.ConfigureConsole(console);
        });

        Assert.Equal(0, app.Run(["cli", "xmldoc"]));

        var configured = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(XElement parent, string prefix)
        {
            foreach (var command in parent.Elements("Command"))
            {
                string name = (string)command.Attribute("Name")!;
                string path = name == "__default_command" ? prefix : (prefix.Length == 0 ? name : prefix + " " + name);
                if ((string?)command.Attribute("IsBranch") == "true")
                {
                    Walk(command, path);
                }
                else
                {
                    configured[path] = ((string)command.Attribute("ClrType")!).Trim();
                }
            }
        }

        Walk(XDocument.Parse(output.ToString()).Root!, "");
        var catalog = new SortedDictionary<string, string>(CommandCatalog.Commands.ToDictionary(c => c.Key, c => c.Value.FullName!), StringComparer.Ordinal);
        Assert.Equal(configured, catalog);
    }

    [Theory]
    [InlineData("--selct", "--select")]
    [InlineData("serch", "search")]
    [InlineData("ad", "add")]
    [InlineData("--jsno", "--json")]
    [InlineData("--TAG", "--tag")]
    [InlineData("--frobnicate", null)]
    [InlineData("x", null)]
    public void Nearest_SuggestsOnlyCloseNames(string typed, string? expected)
    {
        string[] known = ["--select", "--json", "--tag", "--out", "search", "add", "list", "serve"];

        Assert.Equal(expected, Suggestion.Nearest(typed, known));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("jsno", "json", 1)]
    [InlineData("select", "selct", 1)]
    public void Distance_CountsEditsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestion.Distance(a, b));
        Assert.Equal(expected, Suggestion.Distance(b, a));
    }
}
