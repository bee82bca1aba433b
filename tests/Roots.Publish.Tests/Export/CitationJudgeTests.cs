using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;
using Roots.TestKit.Citation;

namespace Roots.Publish.Tests.Export;

/// <summary>
/// Our BibTeX, RIS and CSL-JSON read back by citation-js, a parser Roots did not write: the fields
/// a reference manager needs (title, authors, date, DOI, journal and ISSN, keywords) must survive it.
/// </summary>
public sealed class CitationJudgeTests
{
    private static CitationJudgement Judge(CitationSyntax syntax, params PublicationRecord[] records)
    {
        IMultiRecordExporter exporter = syntax switch
        {
            CitationSyntax.BibTex => new BibTexExporter(),
            CitationSyntax.Ris => new RisExporter(),
            _ => new CslJsonExporter(),
        };
        using var writer = new StringWriter();
        exporter.WriteAll(records, writer);
        string text = writer.ToString();
        var judgement = CitationJudge.Read(syntax, text);
        // A clean read: citation-js dropped nothing and complained about nothing, except that it
        // does not know CSL 1.0.2's "license" variable (defined in the specification's
        // csl-variables.rnc, missing from its csl-data.json schema and from citation-js 0.9).
        var warnings = judgement.Warnings.Where(w => !w.EndsWith("field \"license\" is not valid CSL and was dropped", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, "citation-js warned:\n" + string.Join("\n", warnings) + "\nreading:\n" + text);
        Assert.Equal(records.Length, judgement.Records.Count);
        return judgement;
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_ChineseTitleAndAuthor_ReadBackByCitationJs(CitationSyntax syntax)
    {
        var read = Judge(syntax, HardRecords.Chinese).Single();

        Assert.Equal("词元之后：AI时代真正稀缺的是什么？", read.Title);
        var author = Assert.Single(read.Authors);
        Assert.Equal(("吴", "朝晖"), (author.Family, author.Given));
        Assert.Equal([2026, 6, 1], read.Issued);
        Assert.Equal("10.5281/zenodo.20400001", read.Doi);
        Assert.Equal("时代跃迁", read.ContainerTitle);
        Assert.Equal("3083-5178", read.Issn);
        Assert.Equal(["词元", "人工智能", "系统构建能力"], read.Keywords);
        Assert.Equal("article-journal", read.Type);
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_TwoAuthorsAndYearMonth_NamePartsOrderAndPartialDateSurvive(CitationSyntax syntax)
    {
        var read = Judge(syntax, HardRecords.TwoAuthors).Single();

        Assert.Equal(
            [("García Márquez", "Gabriel"), ("Smith", "Jane Q.")],
            read.Authors.Select(a => (a.Family, a.Given)).ToList());
        // Year and month only: no day is invented.
        Assert.Equal([2024, 3], read.Issued);
        Assert.Equal("10.1000/xyz-123.4(5)", read.Doi);
        Assert.Equal("Journal of Examples", read.ContainerTitle);
        Assert.Equal("0317-8471", read.Issn);
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_Organisation_ComesBackAsOneNameNotSplitAtItsAndOrComma(CitationSyntax syntax)
    {
        var read = Judge(syntax, HardRecords.Organisation).Single();

        var author = Assert.Single(read.Authors);
        Assert.Equal("Food and Agriculture Organization of the United Nations", author.Literal ?? author.Family);
        Assert.Null(author.Given);
        Assert.Equal([2023], read.Issued);
        Assert.Equal("The State of Food and Agriculture", read.Title);
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_NoAuthor_ComesBackWithNoAuthor(CitationSyntax syntax)
    {
        var read = Judge(syntax, HardRecords.NoAuthor).Single();

        Assert.Empty(read.Authors);
        Assert.Equal("An Anonymous Pamphlet", read.Title);
        Assert.Equal([1850], read.Issued);
        Assert.Null(read.Doi);
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_TexSpecialCharacters_ComeBackAsTheLiteralText(CitationSyntax syntax)
    {
        var read = Judge(syntax, HardRecords.SpecialCharacters).Single();

        Assert.Equal(HardRecords.SpecialTitle, read.Title);
        Assert.Equal(["C#", "50% off", "R&D"], read.Keywords);
        Assert.Equal([2025, 12, 31], read.Issued);
        Assert.Equal(("O'Neil", "Ann"), (read.Authors[0].Family, read.Authors[0].Given));
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.Ris)]
    [InlineData(CitationSyntax.CslJson)]
    public void ExportAll_EveryHardRecord_ComeBackInOrder(CitationSyntax syntax)
    {
        PublicationRecord[] all = [HardRecords.Chinese, HardRecords.TwoAuthors, HardRecords.Organisation, HardRecords.NoAuthor, HardRecords.SpecialCharacters];

        var read = Judge(syntax, all);

        Assert.Equal(all.Select(r => r.Titles[0].Text), read.Records.Select(r => r.Title));
        Assert.Equal([1, 2, 1, 0, 1], read.Records.Select(r => r.Authors.Count));
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_BilingualPair_EachVersionKeepsItsOwnTitleAuthorAndDoi(CitationSyntax syntax)
    {
        var read = Judge(syntax, Records.BilingualZh, Records.BilingualEn);

        Assert.Equal(["词元之后：AI时代真正稀缺的是什么？", "Beyond Tokens: What Is Truly Scarce in the Age of AI?"], read.Records.Select(r => r.Title));
        Assert.Equal(["10.5281/zenodo.20400001", "10.5281/zenodo.20400002"], read.Records.Select(r => r.Doi));
        Assert.All(read.Records, r => Assert.Equal(("Wu", "Zhaohui"), (r.Authors.Single().Family, r.Authors.Single().Given)));
        Assert.All(read.Records, r => Assert.Equal("3083-5178", r.Issn));
    }

    [CitationJudgeFact]
    public void RisExport_TranslatedTitle_CitationJsReadsTtAsTheTitleAndTiAsTheOriginal()
    {
        // Our RIS writes the record's own title as TI and a translation of it as TT ("Translated
        // Title" in the RIS specification; EndNote keeps it in that field, Zotero in a note).
        // citation-js reads TT as the title of a translated work and TI as its original-title,
        // so the Chinese article comes back titled in English, its Chinese title kept as the
        // original. This test pins that reading so a change on either side is noticed.
        var read = Judge(CitationSyntax.Ris, Records.BilingualZh).Single();

        Assert.Equal("Beyond Tokens: What Is Truly Scarce in the Age of AI?", read.Title);
        Assert.Equal("词元之后：AI时代真正稀缺的是什么？", read.Json.GetProperty("original-title").GetString());
        Assert.Equal("10.5281/zenodo.20400001", read.Doi);
        Assert.Equal(("Wu", "Zhaohui"), (read.Authors.Single().Family, read.Authors.Single().Given));
    }

    [CitationJudgeTheory]
    [InlineData(CitationSyntax.BibTex)]
    [InlineData(CitationSyntax.CslJson)]
    public void Export_OrganisationWithAComma_StaysOneName(CitationSyntax syntax)
    {
        // RIS is left out: its AU tag is "Family, Given", so every RIS reader (citation-js, Zotero)
        // splits an organisation's name at its first comma; the format has no way to say otherwise.
        var record = HardRecords.Organisation with { Creators = [Creator.Organization("Ministry of Culture, Sports and Tourism")] };

        var author = Judge(syntax, record).Single().Authors.Single();

        Assert.Equal("Ministry of Culture, Sports and Tourism", author.Literal ?? author.Family);
        Assert.Null(author.Given);
    }
}
