namespace Roots.Tokens.LanguageTax;

/// <summary>
/// The reference corpus of the language tax by meaning, bundled in Roots.Tokens: 24 sentences
/// written in English and translated line by line into the site's nine other languages
/// (<c>LanguageTax/Reference/README.md</c>). Used for a language in which a library holds no
/// translation pair of its own, and always named as the basis when it is.
/// </summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class ReferenceCorpus
{
    /// <summary>How reports name it.</summary>
    public const string Name = "Roots parallel sample";

    /// <summary>Where it comes from and under what terms, in one line.</summary>
    public const string Provenance = "24 sentences written for Roots and translated by its authors; CC0 1.0";

    private const string ResourcePrefix = "Roots.Tokens.LanguageTax.Reference.parallel.";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Sentences = new(Load);

    /// <summary>The languages it has besides English, in ordinal order.</summary>
    public static IReadOnlyList<string> Languages => [.. Sentences.Value.Keys.Where(l => l != "en").Order(StringComparer.Ordinal)];

    /// <summary>The number of sentences (the same in every language).</summary>
    public static int SentenceCount => Sentences.Value["en"].Count;

    /// <summary>One pair per sentence in <paramref name="language"/>; empty for a language the corpus lacks (and for English).</summary>
    public static IReadOnlyList<MeaningPair> Pairs(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string code = language.ToLowerInvariant();
        if (code == "en" || !Sentences.Value.TryGetValue(code, out var sentences))
        {
            return [];
        }

        var english = Sentences.Value["en"];
        return [.. sentences.Select((s, i) => new MeaningPair(code, s, english[i], "reference sentence " + (i + 1)))];
    }

    private static Dictionary<string, IReadOnlyList<string>> Load()
    {
        var assembly = typeof(ReferenceCorpus).Assembly;
        var languages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            languages[name[ResourcePrefix.Length..^".txt".Length]] = [.. reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
        }

        // A build invariant, not user input: a misaligned file would pair sentences that do not match.
        if (!languages.TryGetValue("en", out var en) || languages.Values.Any(s => s.Count != en.Count))
        {
            throw new InvalidOperationException("the reference corpus is not line-aligned: " + string.Join(", ", languages.Select(l => l.Key + "=" + l.Value.Count)));
        }

        return languages;
    }
}
