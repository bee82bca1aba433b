using System.Text.Json;
using Microsoft.ML.Tokenizers;
using Roots.App.Tests.Engine;
using Roots.App.UseCases;

namespace Roots.App.Tests.Models;

/// <summary>What <c>roots translate</c> sends: Chinese as written, not as <c>\uXXXX</c> escapes that cost four times the tokens.</summary>
public sealed class TranslationPromptTests : IAsyncLifetime
{
    private const string Title = "超越 Tokens：AI 时代真正稀缺的是什么？";
    private const string Body = "人工智能的能力正在迅速变得廉价。真正稀缺的是判断、信任与可验证的来源。";

    private EngineLibrary _folder = null!;

    public async Task InitializeAsync() => _folder = await EngineLibrary.StartAsync();

    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    [Fact]
    public async Task TheRequestCarriesChineseAsWritten_AndCostsTheTokensOfTheText()
    {
        string? prompt = null;
        _folder.Server.Answer = body =>
        {
            using var request = JsonDocument.Parse(body);
            prompt = request.RootElement.GetProperty("messages")[1].GetProperty("content").GetString();
            return """{"title":"Beyond Tokens","summary":"What is scarce.","keywords":["AI"]}""";
        };
        using var library = Library.Open(_folder.Directory).Value;
        var note = await library.Files.AddNoteAsync($"# {Title}\n\n{Body}\n", AddOptions.None);
        long id = Assert.Single(note.ItemIds);

        var run = await library.Translations.TranslateAsync([id.ToString(System.Globalization.CultureInfo.InvariantCulture)], all: false, ["en"]);

        Assert.True(run.IsSuccess, run.Error);
        Assert.NotNull(prompt);
        Assert.Contains(Title, prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", prompt, StringComparison.Ordinal);
        // The request's user message costs what its text costs, plus the few tokens of the JSON around it.
        var o200k = TiktokenTokenizer.CreateForEncoding("o200k_base");
        using var sent = JsonDocument.Parse(prompt);
        int text = sent.RootElement.EnumerateObject()
            .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(e => e.GetString()!) : [p.Value.GetString() ?? ""])
            .Sum(t => o200k.CountTokens(t));
        Assert.InRange(o200k.CountTokens(prompt), text, text + 25);
    }
}
