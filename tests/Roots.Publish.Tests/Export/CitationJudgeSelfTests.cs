using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;
using Roots.TestKit.Citation;

namespace Roots.Publish.Tests.Export;

/// <summary>
/// The judge itself: it must fail loudly on what it cannot read and report what it dropped,
/// otherwise the exporter tests that rely on it would pass on garbage.
/// </summary>
public sealed class CitationJudgeSelfTests
{
    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Read_EmptyInput_FailsSayingItIsEmpty(CitationSyntax syntax)
    {
        var error = Assert.Throws<CitationJudgeException>(() => CitationJudge.Read(syntax, "  \n"));

        Assert.Contains("empty input", error.Message, StringComparison.Ordinal);
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex, "just some prose, no entry")]
    [InlineData(CitationSyntax.Ris, "just some prose, no TY line")]
    public void Read_TextWithNoRecord_FailsSayingNoRecordWasFound(CitationSyntax syntax, string text)
    {
        var error = Assert.Throws<CitationJudgeException>(() => CitationJudge.Read(syntax, text));

        Assert.Contains("no " + (syntax == CitationSyntax.BibTex ? "bibtex" : "ris") + " record found", error.Message, StringComparison.Ordinal);
    }

    [CitationJudgeFact]
    public void Read_BibTexWithAnUnclosedBrace_FailsWithCitationJsReason()
    {
        var error = Assert.Throws<CitationJudgeException>(() => CitationJudge.Read(CitationSyntax.BibTex, "@article{key,\n  title = {Unclosed\n"));

        Assert.Contains("cannot parse bibtex", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [CitationJudgeTheory]
    [InlineData("{\"not\": \"an array\"}", "not an array")]
    [InlineData("[{\"id\": \"x\", ", "cannot parse csl-json")]
    public void Read_MalformedCslJson_FailsSayingWhy(string text, string expected)
    {
        var error = Assert.Throws<CitationJudgeException>(() => CitationJudge.Read(CitationSyntax.CslJson, text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [CitationJudgeFact]
    public void Read_CslFieldsOfTheWrongKind_AreDroppedAndReportedAsWarnings()
    {
        var judgement = CitationJudge.Read(CitationSyntax.CslJson, "[{\"id\": \"x\", \"type\": \"article-journal\", \"title\": 42, \"author\": \"Wu\"}]");

        var read = judgement.Single();
        Assert.Null(read.Title);
        Assert.Empty(read.Authors);
        Assert.Equal(
            ["[csl] record 1: field \"title\" is not valid CSL and was dropped", "[csl] record 1: field \"author\" is not valid CSL and was dropped"],
            judgement.Warnings);
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Read_TwoThousandExportedRecords_AllComeBackInOrder(CitationSyntax syntax)
    {
        var records = Enumerable.Range(1, 2000)
            .Select(i => HardRecords.Chinese with { Id = "r" + i, Titles = [new("zh", "第" + i + "篇：词元之后")] })
            .ToList();
        IMultiRecordExporter exporter = syntax switch
        {
            CitationSyntax.BibTex => new BibTexExporter(),
            CitationSyntax.Ris => new RisExporter(),
            _ => new CslJsonExporter(),
        };
        using var writer = new StringWriter();
        exporter.WriteAll(records, writer);

        var judgement = CitationJudge.Read(syntax, writer.ToString());

        Assert.Equal(records.Select(r => r.Titles[0].Text), judgement.Records.Select(r => r.Title));
        Assert.All(judgement.Records, r => Assert.Equal("吴", r.Authors.Single().Family));
    }
}
