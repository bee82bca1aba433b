using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class IdentifierExtractorTests
{
    private static string[] Extract(string text) => IdentifierExtractor.Extract(text).Select(i => i.ToString()).ToArray();

    [Fact]
    public void Extract_BilingualSeedParagraph_FindsUrlIssnDoiAndOrcidInOrder()
    {
        // given a paragraph in the style of the seed essay: a URL followed by Chinese, a labelled
        // ISSN, a doi.org URL inside full-width brackets and an ORCID URL ending the sentence
        const string text = "公开实证见 https://times.net.au 及该网站列出的全部40+部独立创作作品、ISSN 3083-5178、"
            + "超60个DOI（如 https://doi.org/10.5281/zenodo.17978371）。ORCID: https://orcid.org/0000-0002-1825-0097.";

        // then exactly these, each once, in order of appearance (the resolver URLs become their identifiers)
        Assert.Equal(
            ["url:https://times.net.au", "issn:3083-5178", "doi:10.5281/zenodo.17978371", "orcid:0000-0002-1825-0097"],
            Extract(text));
    }

    [Fact]
    public void Extract_EnglishReferences_TrimsSentencePunctuation()
    {
        const string text = "As shown before (doi:10.1145/3359591.3359737.), the preprint arXiv:2101.00001v2 "
            + "and the book (ISBN 978-0-306-40615-7) agree.";

        Assert.Equal(["doi:10.1145/3359591.3359737", "arxiv:2101.00001v2", "isbn:9780306406157"], Extract(text));
    }

    [Theory]
    [InlineData("ISSN 3083-5178", "issn:3083-5178")]
    [InlineData("ISSN:3083-5178", "issn:3083-5178")]
    [InlineData("ISSN：3083-5178。", "issn:3083-5178")]
    [InlineData("(ISSN 2434-561x)", "issn:2434-561X")]
    [InlineData("eISSN 2049-3630", "issn:2049-3630")]
    [InlineData("ISSN-L 0317-8471", "issn:0317-8471")]
    [InlineData("ISSN (Print): 0317-8471", "issn:0317-8471")]
    [InlineData("ISSN 30835178", "issn:3083-5178")]
    public void Extract_LabelledIssn_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }

    [Theory]
    [InlineData("Call 0317-8471 or fax 2049-3630.")] // valid check digits, but no label: phone numbers
    [InlineData("in 1998-2004 and 2019-2023")]
    [InlineData("ISSN 3083-5177")] // label, but a wrong check digit
    [InlineData("ISSN 3083-51789")] // label, but nine digits
    [InlineData("MISSN 3083-5178")] // not the label, part of a word
    [InlineData("ISSN国际刊号(3083-5178)")] // the label's number is not next to it
    public void Extract_IssnWithoutLabelOrValidCheck_IsNotFound(string text)
    {
        Assert.Empty(IdentifierExtractor.Extract(text));
    }

    [Theory]
    [InlineData("ISBN 978-0-306-40615-7", "isbn:9780306406157")]
    [InlineData("ISBN-13: 978-0-306-40615-7.", "isbn:9780306406157")]
    [InlineData("ISBN-10: 0-306-40615-2", "isbn:9780306406157")]
    [InlineData("ISBN 0-8044-2957-X,", "isbn:9780804429573")]
    [InlineData("ISBN：978 0 306 40615 7", "isbn:9780306406157")]
    [InlineData("ISBN 0-306-40615-2 1999", "isbn:9780306406157")] // an ISBN-10 followed by a year
    public void Extract_LabelledIsbn_IsFoundAsThirteenDigits(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }

    [Theory]
    [InlineData("978-0-306-40615-7")] // no label: a bare 13-digit number is too common
    [InlineData("ISBN 978-0-306-40615-8")] // wrong check digit
    [InlineData("ISBN 978-0-306-40615-71")] // the number goes on
    public void Extract_IsbnWithoutLabelOrValidCheck_IsNotFound(string text)
    {
        Assert.Empty(IdentifierExtractor.Extract(text));
    }

    [Theory]
    [InlineData("iD 0000-0002-1825-0097 here", "orcid:0000-0002-1825-0097")]
    [InlineData("作者0000-0002-1694-233X。", "orcid:0000-0002-1694-233X")]
    [InlineData("orcid.org/0009-0009-5318-3027", "orcid:0009-0009-5318-3027")]
    public void Extract_BareOrcidWithValidCheck_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }

    [Theory]
    [InlineData("iD 0000-0002-1825-0098")] // wrong check character
    [InlineData("10000-0002-1825-0097")] // part of a longer number
    [InlineData("0000-0002-1825-00971")]
    public void Extract_OrcidLookAlike_IsNotFound(string text)
    {
        Assert.Empty(IdentifierExtractor.Extract(text));
    }

    [Theory]
    [InlineData("cited as 10.5281/zenodo.17978371 in", "doi:10.5281/zenodo.17978371")]
    [InlineData("DOI 10.5281/ZENODO.17978371;", "doi:10.5281/zenodo.17978371")]
    [InlineData("见DOI：10.5281/zenodo.17978371，", "doi:10.5281/zenodo.17978371")]
    [InlineData("(see 10.1000/abc(1))", "doi:10.1000/abc(1)")]
    [InlineData("dx.doi.org/10.1145/3359591.3359737", "doi:10.1145/3359591.3359737")]
    public void Extract_BareDoi_IsFoundWithoutSurroundingPunctuation(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }

    [Theory]
    [InlineData("arXiv:hep-th/9901001", "arxiv:hep-th/9901001")]
    [InlineData("arXiv: math.GT/0309136.", "arxiv:math/0309136")]
    [InlineData("see arxiv.org/abs/2101.00001v2", "arxiv:2101.00001v2")]
    [InlineData("arXiv preprint arXiv:2101.00001", "arxiv:2101.00001")]
    public void Extract_LabelledArxivId_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }

    [Theory]
    [InlineData("version 2101.00001 of the table")] // a bare YYMM.NNNNN looks like any decimal
    [InlineData("arXiv:2113.00001")]
    [InlineData("ratio 10.1234 and 10.5/3")]
    public void Extract_ArxivAndDoiLookAlikes_AreNotFound(string text)
    {
        Assert.Empty(IdentifierExtractor.Extract(text));
    }

    [Fact]
    public void Extract_SameIdentifierInSeveralForms_IsReturnedOnceAtFirstAppearance()
    {
        const string text = "https://times.net.au doi:10.5281/ZENODO.17978371 https://times.net.au/ "
            + "https://doi.org/10.5281/zenodo.17978371 and 10.5281/zenodo.17978371.";

        Assert.Equal(["url:https://times.net.au", "doi:10.5281/zenodo.17978371"], Extract(text));
    }

    [Fact]
    public void Extract_EveryResult_IsValidatedAndNormalised()
    {
        const string text = "ISSN 3083-5178 https://doi.org/10.5281/zenodo.17978371 ISBN 0-306-40615-2 arXiv:2101.00001";

        foreach (var identifier in IdentifierExtractor.Extract(text))
        {
            Assert.Equal(identifier, Identifier.Create(identifier.Kind, identifier.Value).Value);
        }
    }

    [Fact]
    public void Extract_MoreThanTheCap_ReturnsTheFirstThousand()
    {
        // given 1,500 distinct DOIs
        string text = string.Join(' ', Enumerable.Range(0, 1500).Select(n => $"10.1234/item{n}"));

        var found = IdentifierExtractor.Extract(text);

        // then the first 1,000, in order
        Assert.Equal(IdentifierExtractor.MaxIdentifiers, found.Count);
        Assert.Equal("doi:10.1234/item0", found[0].ToString());
        Assert.Equal("doi:10.1234/item999", found[^1].ToString());
    }

    [Fact]
    public void Extract_EmptyText_ReturnsEmpty()
    {
        Assert.Empty(IdentifierExtractor.Extract(""));
        Assert.Empty(IdentifierExtractor.Extract("只有中文，没有标识符。 Only words here."));
    }

    [Fact]
    public void Extract_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => IdentifierExtractor.Extract(null!));
    }
}
