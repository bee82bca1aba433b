using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Export;

public sealed class BibTexExporterTests
{
    private static readonly PublicationRecord s_special = Records.Minimal with
    {
        Titles = [new("en", @"Braces {} percent % and & hash # under_score dollar $ tilde ~ caret ^ back\slash")],
        Creators = [Creator.Person("O'Neil_{x}", "Ann%")],
        PublicationDate = PartialDate.Create(2024).Value,
    };

    [Fact]
    public void Write_SpecialCharacters_AreEscaped()
    {
        string bib = new BibTexExporter().WriteToString(s_special);

        Assert.Contains(@"Braces \{\} percent \% and \& hash \# under\_score dollar \$ tilde \textasciitilde{} caret \textasciicircum{} back\textbackslash{}slash", bib, StringComparison.Ordinal);
        Assert.Contains(@"author = {O'Neil\_\{x\}, Ann\%}", bib, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("special")]
    [InlineData("bilingual")]
    [InlineData("hostile")]
    [InlineData("empty")]
    public void Write_AnyRecord_BracesBalanceAndNoSpecialCharacterIsBare(string fixture)
    {
        var record = fixture switch
        {
            "special" => s_special,
            "bilingual" => Records.BilingualZh,
            "empty" => Records.Empty,
            _ => Records.Hostile,
        };

        string bib = new BibTexExporter().WriteToString(record);

        Assert.True(BracesBalance(bib), bib);
        foreach (string line in bib.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  url", StringComparison.Ordinal)))
        {
            string value = line[(line.IndexOf("= {", StringComparison.Ordinal) + 3)..].TrimEnd(',').TrimEnd('}');
            Assert.True(NoBareSpecials(value), line);
        }
    }

    [Fact]
    public void Write_Record_IsOneArticleEntryWithAStableKey()
    {
        string first = new BibTexExporter().WriteToString(Records.BilingualEn);
        string second = new BibTexExporter().WriteToString(Records.BilingualEn with { });

        Assert.StartsWith("@article{wu2026beyond,\n", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void WriteAll_SameKeyTwice_GetsLetterSuffixes()
    {
        using var writer = new StringWriter();
        new BibTexExporter().WriteAll([Records.BilingualZh, Records.BilingualEn, Records.BilingualEn], writer);
        string bib = writer.ToString();

        Assert.Contains("@article{wu2026beyond,", bib, StringComparison.Ordinal);
        Assert.Contains("@article{wu2026beyonda,", bib, StringComparison.Ordinal);
        Assert.Contains("@article{wu2026beyondb,", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChineseOnlyTitleAndName_FallsBackToAHashOfTheId()
    {
        var record = new PublicationRecord { Id = "item-42", Titles = [new("zh", "词元之后")], Creators = [new Creator { LiteralName = "巫朝晖" }] };

        string bib = new BibTexExporter().WriteToString(record);

        Assert.Matches(@"^@article\{anonnd[0-9a-f]{6},\n", bib);
        Assert.Contains("author = {{巫朝晖}}", bib, StringComparison.Ordinal);
    }

    // Counts braces that are not escaped with a backslash; the depth never goes below zero.
    private static bool BracesBalance(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    // Every special character is escaped (\%, \&, …) or part of an escape command (\textasciitilde{}).
    private static bool NoBareSpecials(string value)
    {
        string stripped = value
            .Replace(@"\textbackslash{}", "", StringComparison.Ordinal)
            .Replace(@"\textasciitilde{}", "", StringComparison.Ordinal)
            .Replace(@"\textasciicircum{}", "", StringComparison.Ordinal);
        foreach (string escaped in new[] { @"\{", @"\}", @"\%", @"\&", @"\#", @"\_", @"\$" })
        {
            stripped = stripped.Replace(escaped, "", StringComparison.Ordinal);
        }

        // A literal (organisation) author is wrapped in one pair of protective braces.
        stripped = stripped.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        return stripped.IndexOfAny(['%', '&', '#', '_', '$', '~', '^', '\\']) < 0;
    }
}
