using System.Text.RegularExpressions;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Tests;

/// <summary>
/// What roots prints into a pipe carries no console markup, and no control character from a title, a file
/// name or a tag reaches the terminal raw (an escape sequence would clear the screen, a newline forge a line).
/// </summary>
public sealed partial class OutputSafetyTests : IDisposable
{
    private const string Escape = "\u001b";
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [GeneratedRegex(@"\[/\]|\[(bold|green|red|grey|yellow|blue|aqua)[^\]]*\]")]
    private static partial Regex MarkupTag();

    [Fact]
    public async Task Commands_IntoAPipe_PrintNoMarkup()
    {
        await _lib.Roots("init");
        _lib.Write("a/tea.md", "# Oolong tea\n\nOolong tea is cold-brewed overnight in the fridge.\n");
        _lib.Write("a/coffee.md", "# Coffee\n\nCoffee beans are roasted; cold brew coffee steeps overnight.\n");
        _lib.Write("a/tea-again.md", "# Oolong tea\n\nOolong tea is cold-brewed overnight in the fridge.\n");
        _lib.Write("a/empty.md", "");
        string[][] commands =
        [
            ["add", Path.Combine(_lib.Inputs, "a")],
            ["feed", "add", "https://example.org/feed.xml"],
            ["feed", "list"],
            ["list"],
            ["show", "1"],
            ["search", "oolong"],
            ["related", "1"],
            ["verify"],
            ["dupes"],
            ["jobs", "--all"],
            ["tag", "1", "+drinks"],
            ["doctor", "--offline"],
            ["ask", "oolong"],
        ];

        foreach (string[] command in commands)
        {
            var outcome = await _lib.Roots(command);
            Assert.True(outcome.ExitCode is 0 or 1 or 3, $"roots {string.Join(' ', command)} exited {outcome.ExitCode}: {outcome.Stderr}");
            Assert.False(MarkupTag().IsMatch(outcome.Stdout + outcome.Stderr), $"roots {string.Join(' ', command)} printed markup:\n{outcome.Stdout}{outcome.Stderr}");
        }
    }

    [Fact]
    public async Task HostileFileName_IsEscapedInTheAddReport()
    {
        await _lib.Roots("init");
        // An empty file fails to collect, so the report names it; its name would clear the screen and forge a line.
        _lib.Write($"x{Escape}[2J\nfailed forged.md", "");
        _lib.Write("fine.md", "# Fine\n\nA fine note.\n");

        var outcome = await _lib.Roots("add", _lib.Inputs);

        Assert.Equal(3, outcome.ExitCode);
        Assert.DoesNotContain(Escape, outcome.Stderr + outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains(@"x\e[2J\nfailed forged.md", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Stderr.Split('\n'), line => line.StartsWith("failed forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostileTitleAndTags_AreEscapedInListAndShow_AndExactInJson()
    {
        await _lib.Roots("init");
        string title = $"Evil{Escape}[2J title\nid 99 forged\u0007\u009b";
        string jsonl = _lib.Write("evil.jsonl",
            "{\"_id\": \"e1\", \"title\": \"Evil\\u001b[2J title\\nid 99 forged\\u0007\\u009b\", \"text\": \"Plain text about tea.\", \"tags\": [\"t\\u001b]0;pwned\\u0007\"]}\n");
        Assert.Equal(0, (await _lib.Roots("import", jsonl)).ExitCode);

        foreach (string[] command in new[] { new[] { "list" }, ["show", "1"], ["search", "tea"] })
        {
            var outcome = await _lib.Roots(command);
            Assert.Equal(0, outcome.ExitCode);
            string printed = outcome.Stdout + outcome.Stderr;
            Assert.DoesNotContain(Escape, printed, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0007", printed, StringComparison.Ordinal);
            Assert.DoesNotContain("\u009b", printed, StringComparison.Ordinal);
            Assert.DoesNotContain(outcome.Stdout.Split('\n'), line => line.TrimStart().StartsWith("id 99 forged", StringComparison.Ordinal));
            // The import turns the title's newline into a space; the other control characters are kept and shown escaped.
            Assert.Contains(@"Evil\e[2J title", printed, StringComparison.Ordinal);
            Assert.Contains(@"forged\x07\u009b", printed, StringComparison.Ordinal);
        }

        var json = await _lib.Json("show", "1", "--json");
        Assert.Equal(title.Replace('\n', ' '), json.GetProperty("item").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("\u001b[2J", @"\e[2J")]
    [InlineData("bell\u0007 del\u007f c1\u0085 nul\0 tab\t cr\r", @"bell\x07 del\x7f c1\u0085 nul\0 tab\t cr\r")]
    [InlineData("中文 ok", "中文 ok")]
    public void Line_EscapesEveryControlCharacter(string text, string expected)
    {
        Assert.Equal(expected, Printable.Line(text));
    }

    [Fact]
    public void Block_KeepsLinesAndTabs_EscapesTheRest()
    {
        Assert.Equal("one\n\ttwo\nthree \\e[2J", Printable.Block("one\r\n\ttwo\nthree \u001b[2J"));
    }

    [Fact]
    public void SafeMarkup_EscapesHolesButKeepsTheTemplate()
    {
        string title = "[red]x[/]\n";
        Assert.Equal(@"[bold]1[/] [[red]]x[[/]]\n 0.50", SafeMarkup.Format($"[bold]{1}[/] {title} {0.5:0.00}"));
    }
}
