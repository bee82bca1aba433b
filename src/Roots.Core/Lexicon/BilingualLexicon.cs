using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Roots.Core.Analysis;

namespace Roots.Core.Lexicon;

/// <summary>
/// A Chinese–English dictionary for cross-lingual matching: Chinese headwords to weighted English
/// index terms, and English index terms (one stem, or two in a row) back to Chinese headwords.
/// The default instance is CC-CEDICT, embedded in this assembly (see <c>CC-CEDICT.md</c> beside it).
/// </summary>
/// <remarks>
/// <para>English glosses are analysed by <see cref="TextAnalyzer"/> (stop words dropped, Porter
/// stems), so the terms it gives are the terms the full-text index holds. Each headword spreads its
/// weight over its senses, earlier senses first (CEDICT lists the common sense first), and each term
/// is weighted by how rare it is among all glosses: "bread" says more than "make" or "person".</para>
/// <para>The reverse map needs care: hundreds of headwords gloss as "make" or "model", and file
/// order is no frequency. Candidates whose sense is exactly the English term are ranked on first use
/// of that term: a headword <see cref="ChineseSegmenter"/> knows as one word (a common word), whose
/// first sense it is, and that is short, comes first; the ranking is cached.</para>
/// <para>Immutable after loading apart from that cache; thread-safe.</para>
/// </remarks>
public sealed class BilingualLexicon
{
    /// <summary>
    /// The name of the embedded lexicon: CC-CEDICT (<c>cedict-en.u8.gz</c> beside this file, CEDICT line format
    /// without pinyin) already analysed by <see cref="Load"/> and written by <see cref="Save"/>, gzipped. Reading it
    /// takes a fraction of a second; analysing the dictionary takes seconds, which every <c>roots search</c> would pay.
    /// </summary>
    public const string ResourceName = "Roots.Core.Lexicon.cedict-en.lexicon.gz";

    /// <summary>The first bytes of a saved lexicon, with its format's version.</summary>
    private const string Magic = "RootsLexicon/1";

    /// <summary>Chinese headwords kept per English term in the reverse map: more add rare words and noise.</summary>
    public const int MaxChinesePerTerm = 4;

    /// <summary>
    /// English terms kept per headword, heaviest first: a query keeps at most <see cref="QueryTranslator.TermsPerWord"/>
    /// per word, and the long tail of a many-sense character only made the embedded lexicon larger.
    /// </summary>
    public const int MaxTermsPerHeadword = 16;

    /// <summary>Candidates remembered per English term before ranking (the rest are rarer entries further down the file).</summary>
    private const int MaxCandidates = 48;

    private static readonly Lazy<BilingualLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Headword> _headwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Simplified, int Sense)>> _reverse = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WeightedTerm[]> _reverseRanked = new(StringComparer.Ordinal);

    private BilingualLexicon()
    {
    }

    /// <summary>The embedded CC-CEDICT, read on first use (once per process) from its analysed form.</summary>
    public static BilingualLexicon Default => Embedded.Value;

    /// <summary>Dictionary entries read.</summary>
    public int Entries { get; private set; }

    /// <summary>Lines that were neither entries, comments nor blank: skipped, not fatal.</summary>
    public int SkippedLines { get; private set; }

    /// <summary>Distinct headwords, simplified and traditional.</summary>
    public int Headwords => _headwords.Count;

    /// <summary>English terms (and two-term phrases) that lead back to Chinese headwords.</summary>
    public int EnglishTerms => _reverse.Count;

    /// <summary>The longest headword, in characters.</summary>
    public int MaxHeadwordLength { get; private set; }

    /// <summary>Reads a dictionary in CC-CEDICT's line format; malformed lines are counted in <see cref="SkippedLines"/>.</summary>
    /// <param name="reader">The dictionary's lines.</param>
    public static BilingualLexicon Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lexicon = new BilingualLexicon();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (CedictLine.TryParse(line, out var entry))
            {
                lexicon.Add(entry!, stems);
            }
            else if (!string.IsNullOrWhiteSpace(line) && line[0] != '#')
            {
                lexicon.SkippedLines++;
            }
        }

        lexicon.Weigh();
        return lexicon;
    }

    /// <summary>True when <paramref name="headword"/> is in the dictionary.</summary>
    public bool Contains(string headword) => _headwords.ContainsKey(headword);

    /// <summary>The English index terms for a Chinese headword, heaviest first; empty when it is unknown.</summary>
    public IReadOnlyList<WeightedTerm> English(string headword) =>
        _headwords.TryGetValue(headword, out var word) ? word.Terms : [];

    /// <summary>The headword's first gloss as plain English ("to make"), for a model that reads English; null when unknown.</summary>
    public string? EnglishGloss(string headword) =>
        _headwords.TryGetValue(headword, out var word) ? word.Gloss : null;

    /// <summary>The simplified Chinese headwords for an English index term, or for two in a row joined by a space, best first.</summary>
    /// <param name="englishTerms">One analysed English term ("bread"), or two ("artifici intellig").</param>
    public IReadOnlyList<WeightedTerm> Chinese(string englishTerms)
    {
        ArgumentNullException.ThrowIfNull(englishTerms);
        return _reverse.ContainsKey(englishTerms) ? _reverseRanked.GetOrAdd(englishTerms, Rank) : [];
    }

    /// <summary>
    /// Writes the analysed lexicon (headwords with their weighted terms and first gloss, the reverse map's
    /// candidates, the counts) so that <see cref="Read"/> gives it back without analysing anything. The bytes
    /// depend only on the dictionary and the analyser: a test holds the embedded copy to <see cref="Load"/>.
    /// </summary>
    /// <param name="stream">Where to write (not closed).</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Entries);
        writer.Write(SkippedLines);
        writer.Write(MaxHeadwordLength);

        // Headwords sharing one entry (simplified and traditional) are written once, with all their spellings.
        var groups = new Dictionary<Headword, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (spelling, word) in _headwords)
        {
            if (!groups.TryGetValue(word, out var spellings))
            {
                groups[word] = spellings = [];
            }

            spellings.Add(spelling);
        }

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in groups.Keys.SelectMany(w => w.Terms))
        {
            termIds.TryAdd(term.Term, termIds.Count);
        }

        writer.Write(termIds.Count);
        foreach (string term in termIds.Keys)
        {
            writer.Write(term);
        }

        writer.Write(groups.Count);
        foreach (var (word, spellings) in groups)
        {
            writer.Write(spellings.Count);
            spellings.ForEach(writer.Write);
            writer.Write(word.Gloss);
            writer.Write(word.Terms.Length);
            foreach (var term in word.Terms)
            {
                // Single precision: only the order between a word's terms matters, and it halves the resource.
                writer.Write7BitEncodedInt(termIds[term.Term]);
                writer.Write((float)term.Weight);
            }
        }

        writer.Write(_reverse.Count);
        foreach (var (key, candidates) in _reverse)
        {
            writer.Write(key);
            writer.Write(candidates.Count);
            foreach (var (simplified, sense) in candidates)
            {
                writer.Write(simplified);
                writer.Write7BitEncodedInt(sense);
            }
        }
    }

    /// <summary>Reads a lexicon <see cref="Save"/> wrote; a stream that is not one fails with a clear message.</summary>
    /// <param name="stream">What <see cref="Save"/> wrote.</param>
    /// <exception cref="InvalidDataException">The stream is not a saved lexicon of this version, or is cut short.</exception>
    public static BilingualLexicon Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"not a saved lexicon ({Magic})");
            }

            var lexicon = new BilingualLexicon { Entries = reader.ReadInt32(), SkippedLines = reader.ReadInt32(), MaxHeadwordLength = reader.ReadInt32() };
            var terms = new string[Count(reader)];
            for (int i = 0; i < terms.Length; i++)
            {
                terms[i] = reader.ReadString();
            }

            for (int groups = Count(reader); groups > 0; groups--)
            {
                var spellings = new string[Count(reader)];
                for (int i = 0; i < spellings.Length; i++)
                {
                    spellings[i] = reader.ReadString();
                }

                var word = new Headword { Gloss = reader.ReadString(), Terms = new WeightedTerm[Count(reader)] };
                for (int i = 0; i < word.Terms.Length; i++)
                {
                    word.Terms[i] = new WeightedTerm(terms[reader.Read7BitEncodedInt()], reader.ReadSingle());
                }

                foreach (string spelling in spellings)
                {
                    lexicon._headwords[spelling] = word;
                }
            }

            for (int keys = Count(reader); keys > 0; keys--)
            {
                string key = reader.ReadString();
                var candidates = new List<(string Simplified, int Sense)>(Count(reader));
                for (int i = candidates.Capacity; i > 0; i--)
                {
                    candidates.Add((reader.ReadString(), reader.Read7BitEncodedInt()));
                }

                lexicon._reverse[key] = candidates;
            }

            return lexicon;
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or FormatException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"the saved lexicon is damaged: {e.Message}", e);
        }

        static int Count(BinaryReader reader) =>
            reader.ReadInt32() is >= 0 and <= 10_000_000 and int count ? count : throw new InvalidDataException("the saved lexicon is damaged: a count is out of range");
    }

    private static BilingualLexicon LoadEmbedded()
    {
        using var stream = typeof(BilingualLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon {ResourceName} is missing from {typeof(BilingualLexicon).Assembly.GetName().Name}.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        return Read(buffered);
    }

    /// <summary>
    /// The index terms of an English gloss, as <see cref="TextAnalyzer"/> gives them for ASCII text (lower
    /// case, stop words dropped, Porter stems, "one's" → "one"), with each word's stem cached: the
    /// dictionary's 440,000 gloss words have about 30,000 distinct forms, and stemming each once is what
    /// keeps loading fast. A test holds it to <see cref="TextAnalyzer"/> on the real glosses.
    /// </summary>
    internal static List<string> EnglishTermsOf(string gloss, Dictionary<string, string> stems)
    {
        var terms = new List<string>(4);
        Span<char> buffer = stackalloc char[TextAnalyzer.MaxWordLength];
        int i = 0;
        while (i < gloss.Length)
        {
            while (i < gloss.Length && !char.IsLetterOrDigit(gloss[i]))
            {
                i++;
            }

            int length = 0;
            bool tooLong = false;
            while (i < gloss.Length)
            {
                char c = gloss[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (length < buffer.Length)
                    {
                        buffer[length++] = char.ToLowerInvariant(c);
                    }
                    else
                    {
                        tooLong = true;
                    }

                    i++;
                }
                else if (c is '\'' or '\u2019' && length > 0 && i + 1 < gloss.Length && char.IsAsciiLetter(gloss[i + 1]))
                {
                    if (gloss[i + 1] == 's' && (i + 2 >= gloss.Length || !char.IsLetterOrDigit(gloss[i + 2])))
                    {
                        i += 2;
                        break;
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            if (length == 0 || tooLong || !char.IsAsciiLetter(buffer[0]))
            {
                continue;
            }

            string word = new(buffer[..length]);
            if (!stems.TryGetValue(word, out string? stem))
            {
                stems[word] = stem = EnglishStopWords.Contains(word) ? "" : EnglishStemmer.Stem(word).ToString();
            }

            if (stem.Length > 0)
            {
                terms.Add(stem);
            }
        }

        return terms;
    }

    private void Add(CedictEntry entry, Dictionary<string, string> stems)
    {
        if (!_headwords.TryGetValue(entry.Simplified, out var word))
        {
            _headwords[entry.Simplified] = word = new Headword();
            MaxHeadwordLength = Math.Max(MaxHeadwordLength, entry.Simplified.Length);
        }

        if (_headwords.TryAdd(entry.Traditional, word))
        {
            MaxHeadwordLength = Math.Max(MaxHeadwordLength, entry.Traditional.Length);
        }

        Entries++;
        foreach (string sense in entry.Senses)
        {
            int senseIndex = word.Senses.Count;
            word.Senses.Add(sense);
            var senseTerms = EnglishTermsOf(sense, stems);
            word.SenseTerms.Add(senseTerms);
            if (entry.Simplified.Length < 2 || !entry.Simplified.All(CharClassifier.IsHan))
            {
                continue; // single characters are too ambiguous to stand for an English word
            }

            foreach (string gloss in sense.Contains(';', StringComparison.Ordinal) ? sense.Split(';') : [sense])
            {
                // Only a gloss of a word or two can be exactly an English term; longer ones need no analysis.
                var terms = ReferenceEquals(gloss, sense) ? senseTerms : gloss.Count(c => c == ' ') <= 4 ? EnglishTermsOf(gloss, stems) : [];
                if (terms.Count is 1 or 2)
                {
                    string key = string.Join(' ', terms);
                    if (!_reverse.TryGetValue(key, out var candidates))
                    {
                        _reverse[key] = candidates = [];
                    }

                    if (candidates.Count < MaxCandidates && !candidates.Exists(c => c.Simplified == entry.Simplified))
                    {
                        candidates.Add((entry.Simplified, senseIndex));
                    }
                }
            }
        }
    }

    /// <summary>Turns each headword's sense terms into weights: earlier senses count more, rarer terms count more.</summary>
    private void Weigh()
    {
        var distinct = _headwords.Values.Distinct().ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in distinct)
        {
            seen.Clear();
            foreach (var terms in word.SenseTerms)
            {
                foreach (string term in terms)
                {
                    if (seen.Add(term))
                    {
                        frequency[term] = frequency.GetValueOrDefault(term) + 1;
                    }
                }
            }
        }

        foreach (var word in distinct)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            double total = 0;
            for (int s = 0; s < word.SenseTerms.Count; s++)
            {
                var terms = word.SenseTerms[s];
                double senseWeight = 1.0 / (s + 1);
                total += terms.Count == 0 ? 0 : senseWeight;
                foreach (string term in terms)
                {
                    weights[term] = weights.GetValueOrDefault(term) + (senseWeight / terms.Count);
                }
            }

            word.Terms = weights
                .Select(w => new WeightedTerm(w.Key, w.Value / total * Math.Log(1 + (distinct.Count / (double)frequency[w.Key]))))
                .OrderByDescending(w => w.Weight).ThenBy(w => w.Term, StringComparer.Ordinal).Take(MaxTermsPerHeadword).ToArray();
            word.SenseTerms = [];
            word.Gloss = word.Senses[0].Split(';')[0].Trim();
            word.Senses.Clear();
            word.Senses.TrimExcess();
        }
    }

    private WeightedTerm[] Rank(string key)
    {
        var candidates = _reverse[key];
        return candidates
            .Select((c, order) => (c.Simplified, order, Score:
                (ChineseSegmenter.Words(c.Simplified).Count == 1 ? 2.0 : 0.0)
                + (c.Sense == 0 ? 1.0 : 0.0)
                - (0.25 * Math.Max(0, c.Simplified.Length - 2))))
            .OrderByDescending(c => c.Score).ThenBy(c => c.order)
            .Take(MaxChinesePerTerm)
            .Select((c, rank) => new WeightedTerm(c.Simplified, 1.0 / (rank + 1)))
            .ToArray();
    }

    /// <summary>One headword: its senses while loading, then its weighted English terms and first gloss.</summary>
    private sealed class Headword
    {
        public List<string> Senses { get; } = [];

        public List<List<string>> SenseTerms { get; set; } = [];

        public WeightedTerm[] Terms { get; set; } = [];

        public string Gloss { get; set; } = "";
    }
}
