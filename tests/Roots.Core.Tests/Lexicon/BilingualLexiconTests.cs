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
        using var reader = EmbeddedLexiconTests.RawDictionary();
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

public class EmbeddedLexiconTests
{
    /// <summary>The dictionary the embedded lexicon is made from: <c>src/Roots.Core/Lexicon/cedict-en.u8.gz</c>.</summary>
    internal static StreamReader RawDictionary()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "src", "Roots.Core", "Lexicon", "cedict-en.u8.gz");
            if (File.Exists(path))
            {
                return new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress), System.Text.Encoding.UTF8);
            }
        }

        throw new FileNotFoundException("src/Roots.Core/Lexicon/cedict-en.u8.gz not found above the test's folder");
    }

    [Fact]
    public void Embedded_IsTheDictionaryAsTodaysAnalyserReadsIt()
    {
        // given the dictionary analysed now (glosses through TextAnalyzer, weights, the reverse map)
        BilingualLexicon analysed;
        using (var reader = RawDictionary())
        {
            analysed = BilingualLexicon.Load(reader);
        }

        using var saved = new MemoryStream();
        analysed.Save(saved);

        // when it differs from the embedded copy, ROOTS_WRITE_LEXICON=1 writes a new one (then rebuild)
        if (Environment.GetEnvironmentVariable("ROOTS_WRITE_LEXICON") == "1")
        {
            string target = Path.Combine(Path.GetDirectoryName(FindRaw())!, "cedict-en.lexicon.gz");
            using var file = File.Create(target);
            using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.SmallestSize);
            saved.Position = 0;
            saved.CopyTo(gzip);
            return;
        }

        // then the embedded lexicon is exactly that, byte for byte: the analyser and the resource agree
        using var embedded = new MemoryStream();
        using (var stream = typeof(BilingualLexicon).Assembly.GetManifestResourceStream(BilingualLexicon.ResourceName)!)
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress))
        {
            gzip.CopyTo(embedded);
        }

        Assert.True(saved.ToArray().AsSpan().SequenceEqual(embedded.ToArray()),
            "the embedded lexicon is stale: run ROOTS_WRITE_LEXICON=1 dotnet test tests/Roots.Core.Tests --filter Embedded_IsTheDictionary, then rebuild");
        Assert.Equal(analysed.Entries, BilingualLexicon.Default.Entries);
        Assert.Equal(analysed.English("面包")[0].Term, BilingualLexicon.Default.English("面包")[0].Term);
    }

    [Fact]
    public void SaveThenRead_GivesTheSameLexicon()
    {
        const string text = "麵包 面包 /bread/\n學習 学习 /to learn/to study/\n數據 数据 /data/\n人工智能 人工智能 /artificial intelligence/\nbroken\n";
        var lexicon = BilingualLexicon.Load(new StringReader(text));
        using var stream = new MemoryStream();
        lexicon.Save(stream);
        stream.Position = 0;

        var read = BilingualLexicon.Read(stream);

        Assert.Equal((4, 1, lexicon.Headwords), (read.Entries, read.SkippedLines, read.Headwords));
        Assert.Equal(lexicon.English("學習").Select(t => t.Term), read.English("学习").Select(t => t.Term));
        Assert.Equal("面包", read.Chinese("bread")[0].Term);
        Assert.Equal("人工智能", read.Chinese("artifici intellig")[0].Term);
        Assert.Equal("to learn", read.EnglishGloss("学习"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(200)]
    public void Read_CutShortOrForeignBytes_FailsWithAClearMessage(int keep)
    {
        var lexicon = BilingualLexicon.Load(new StringReader("麵包 面包 /bread/\n學習 学习 /to learn/\n"));
        using var saved = new MemoryStream();
        lexicon.Save(saved);
        byte[] cut = saved.ToArray()[..Math.Min(keep, (int)saved.Length - 1)];

        var failure = Assert.Throws<InvalidDataException>(() => BilingualLexicon.Read(new MemoryStream(cut)));
        Assert.Contains("lexicon", failure.Message, StringComparison.Ordinal);
        var foreign = Assert.Throws<InvalidDataException>(() => BilingualLexicon.Read(new MemoryStream("not a lexicon at all"u8.ToArray())));
        Assert.Contains("lexicon", foreign.Message, StringComparison.Ordinal);
    }

    private static string FindRaw()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "src", "Roots.Core", "Lexicon", "cedict-en.u8.gz");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("src/Roots.Core/Lexicon/cedict-en.u8.gz not found");
    }
}
