using Lucene.Net.Tartarus.Snowball.Ext;

namespace Roots.Core.Analysis;

/// <summary>
/// Porter stemming (the Snowball implementation shipped with Lucene.Net, the same algorithm as
/// Elasticsearch's <c>porter_stem</c>) with a per-thread cache, because the same few thousand
/// words make up most of any text and the stemmer allocates on every call.
/// </summary>
/// <remarks>Thread-safe: each thread has its own stemmer and cache. Only ASCII letter words are stemmed.</remarks>
public static class EnglishStemmer
{
    private const int MaxCachedWords = 50_000;

    [ThreadStatic]
    private static PorterStemmer? t_stemmer;

    [ThreadStatic]
    private static Dictionary<string, string>? t_cache;

    /// <summary>Returns the stem of a lower-case ASCII word; other words come back unchanged.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !IsAsciiLetters(word))
        {
            return word;
        }

        var cache = t_cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stemmer = t_stemmer ??= new PorterStemmer();
        string original = word.ToString();
        stemmer.SetCurrent(original);
        stemmer.Stem();
        string stem = stemmer.Current;
        if (cache.Count >= MaxCachedWords)
        {
            cache.Clear();
        }

        cache[original] = stem;
        return stem;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
