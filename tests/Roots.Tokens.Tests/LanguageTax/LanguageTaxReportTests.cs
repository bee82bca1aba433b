using Roots.Tokens.LanguageTax;
using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.Tests.LanguageTax;

public sealed class LanguageTaxReportTests
{
    private const string English = "Knowledge is power.\nThe library keeps what you collect.\n\nModels are paid per token.\n";
    private const string Chinese = "知识就是力量。\n图书馆保存你收集的一切。\n\n模型按词元计费。\n";

    private static readonly ITokenCounter Cl100k = TokenizerRegistry.Shared.Get("cl100k").Value;
    private static readonly ITokenCounter O200k = TokenizerRegistry.Shared.Get("o200k").Value;

    [Fact]
    public void Build_ParallelTexts_ReportsWholeTextAndMedianPremium()
    {
        var report = LanguageTaxReport.Build(English, Chinese, [Cl100k, O200k]).Value;

        Assert.Equal(4, report.Lines);
        Assert.Equal(3, report.LinesCompared);
        var cl100k = report.Rows[0];
        Assert.Equal(TokenizerNames.Cl100kBase, cl100k.Tokenizer);
        Assert.Equal(Cl100k.CountTokens(English), cl100k.TokensA);
        Assert.Equal(Cl100k.CountTokens(Chinese), cl100k.TokensB);
        Assert.Equal((double)cl100k.TokensB / cl100k.TokensA, cl100k.Premium, 10);
        var perLine = new[] { ("Knowledge is power.", "知识就是力量。"), ("The library keeps what you collect.", "图书馆保存你收集的一切。"), ("Models are paid per token.", "模型按词元计费。") }
            .Select(p => (double)Cl100k.CountTokens(p.Item2) / Cl100k.CountTokens(p.Item1)).Order().ToList();
        Assert.Equal(perLine[1], cl100k.MedianLinePremium!.Value, 10);
        Assert.Equal((double)report.CharactersA / cl100k.TokensA, cl100k.CharactersPerTokenA, 10);
    }

    [Fact]
    public void Build_ChineseCostsLessUnderO200kThanCl100k()
    {
        var report = LanguageTaxReport.Build(English, Chinese, [Cl100k, O200k]).Value;

        Assert.True(report.Rows[1].Premium < report.Rows[0].Premium);
    }

    [Fact]
    public void Build_MisalignedTexts_FailsSayingWhy()
    {
        var result = LanguageTaxReport.Build("a\nb\nc", "一\n二", [Cl100k]);

        Assert.False(result.IsSuccess);
        Assert.Contains("A has 3 lines, B has 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CrlfAndTrailingBlankLines_AreAligned()
    {
        var result = LanguageTaxReport.Build("one\r\ntwo\r\n\r\n", "一\n二", [Cl100k]);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Value.LinesCompared);
    }

    [Fact]
    public void Build_EmptyTexts_HaveNoMedianAndNoPremium()
    {
        var row = LanguageTaxReport.Build("", "", [Cl100k]).Value.Rows[0];

        Assert.Equal(0, row.Premium);
        Assert.Null(row.MedianLinePremium);
    }
}
