using Roots.Core.Lexicon;

namespace Roots.Core.Tests.Lexicon;

public class BilingualLexiconTests
{
    [Fact]
    public void Default_EmbeddedCedict_LoadsWholeWithNoBrokenLine()
    {
        // given the dictionary embedded in Roots.Core (no file, no download)
        var lexicon = BilingualLexicon.Default;

        // then every one of its entries was read
        Assert.Equal(116_098, lexicon.Entries);
        Assert.Equal(0, lexicon.SkippedLines);
        Assert.True(lexicon.Headwords > lexicon.Entries, "simplified and traditional headwords are both keys");
        Assert.Same(lexicon, BilingualLexicon.Default);
    }

    [Fact]
    public void English_CommonWords_GiveTheirIndexTerms()
    {
        var lexicon = BilingualLexicon.Default;

        // then the glosses come out as the index's English terms (Porter stems), the first sense heaviest
        Assert.Equal("bread", lexicon.English("面包")[0].Term);
        Assert.Equal("bread", lexicon.English("麵包")[0].Term);
        Assert.Contains(lexicon.English("学习"), t => t.Term == "learn");
        Assert.Contains(lexicon.English("数据"), t => t.Term == "data");
        Assert.Empty(lexicon.English("不是词"));
        Assert.Equal("bread", lexicon.EnglishGloss("面包"));
    }

    [Fact]
    public void Chinese_EnglishTerm_PrefersCommonWordsWhoseFirstSenseItIs()
    {
        var lexicon = BilingualLexicon.Default;

        Assert.Equal("面包", lexicon.Chinese("bread")[0].Term);
        Assert.Contains(lexicon.Chinese("data"), t => t.Term == "数据");
        Assert.Contains(lexicon.Chinese("artifici intellig"), t => t.Term == "人工智能");
        Assert.InRange(lexicon.Chinese("model").Count, 1, BilingualLexicon.MaxChinesePerTerm);
        Assert.Empty(lexicon.Chinese("xyzzyqq"));
    }

    [Fact]
    public void Load_DictionaryWithMalformedLines_SkipsThemAndKeepsTheRest()
    {
        // given a dictionary with good entries around broken ones
        const string text = "# header\n麵包 面包 [mian4 bao1] /bread/\nbroken line\n面包 /no simplified/\n\n學習 学习 /to learn/to study/\n數據 数据 [shu4 ju4 /data/\n";

        var lexicon = BilingualLexicon.Load(new StringReader(text));

        // then the good entries are there and the broken lines are counted, not fatal
        Assert.Equal(2, lexicon.Entries);
        Assert.Equal(3, lexicon.SkippedLines);
        Assert.True(lexicon.Contains("学习"));
        Assert.False(lexicon.Contains("数据"));
        Assert.Equal("面包", lexicon.Chinese("bread")[0].Term);
    }

    [Fact]
    public void Load_EmptyDictionary_KnowsNothing()
    {
        var lexicon = BilingualLexicon.Load(new StringReader(""));

        Assert.Equal(0, lexicon.Entries);
        Assert.Empty(lexicon.English("面包"));
        Assert.Empty(lexicon.Chinese("bread"));
    }

    [Fact]
    public async Task Default_UsedFromManyThreads_GivesOneAnswer()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => BilingualLexicon.Default.Chinese("knowledg").Select(t => t.Term).ToArray())));

        Assert.All(answers, a => Assert.Equal(answers[0], a));
    }
}

public class BilingualLexiconGlossTermsTests
{
    [Fact]
    public void EnglishTermsOf_EveryAsciiGlossOfTheDictionary_MatchesTextAnalyzer()
    {
        // given every sense of the embedded dictionary
        using var stream = typeof(BilingualLexicon).Assembly.GetManifestResourceStream(BilingualLexicon.ResourceName)!;
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var differ = new List<string>();
        int senses = 0;
        while (reader.ReadLine() is { } line)
        {
            if (!CedictLine.TryParse(line, out var entry))
            {
                continue;
            }

            foreach (string sense in entry!.Senses.Where(s => s.All(char.IsAscii)))
            {
                senses++;
                var expected = Roots.Core.Analysis.TextAnalyzer.Terms(sense).Where(t => char.IsAsciiLetter(t[0])).ToList();
                if (!expected.SequenceEqual(BilingualLexicon.EnglishTermsOf(sense, stems)))
                {
                    differ.Add(sense);
                }
            }
        }

        // then the lexicon's fast path gives the index's own terms for each of them
        Assert.True(senses > 150_000, $"{senses} senses");
        Assert.True(differ.Count == 0, $"{differ.Count} glosses differ, e.g. {string.Join(" | ", differ.Take(5))}");
    }
}
