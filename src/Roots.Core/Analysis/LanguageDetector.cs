namespace Roots.Core.Analysis;

/// <summary>
/// Detects the main language of a text: zh, ja, ko, ru, ar, el, he, th, hi by script, and en, fr,
/// de, es, pt, it, nl by their most frequent function words; <c>und</c> when there is too little text.
/// </summary>
/// <remarks>
/// Scripts decide most cases without any model. Latin-script languages are told apart by the
/// share of each language's function words, which is reliable from a sentence or two on and
/// costs nothing to load (a process-wide n-gram model would cost a start-up delay on every
/// command). Thread-safe. Reads at most the first <see cref="SampleLength"/> characters.
/// </remarks>
public static class LanguageDetector
{
    /// <summary>How much of a text is read; the opening of a document decides its language.</summary>
    public const int SampleLength = 8_000;

    /// <summary>
    /// How much of a bilingual text's opening decides its language: about a screen, enough for a
    /// title and a first paragraph.
    /// </summary>
    public const int OpeningLength = 1_000;

    /// <summary>
    /// A text whose words in its second script are at least this share of those in its first is
    /// bilingual: its own language is the one it opens with, not the one with more words.
    /// </summary>
    /// <remarks>
    /// A piece written in Chinese and then in English counts more English words than Chinese ones
    /// (an English sentence takes more words than the Chinese it translates, ×1.6 by this count), so
    /// counting alone calls a Chinese author's bilingual essay English. Chinese prose quoting English
    /// terms, or English prose quoting a Chinese word, stays well below this share.
    /// </remarks>
    public const double BilingualShare = 0.2;

    /// <summary>The BCP 47 tag used when the language cannot be told.</summary>
    public const string Undetermined = "und";

    /// <summary>Returns the BCP 47 primary language tag of <paramref name="text"/>.</summary>
    public static string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Undetermined;
        }

        var counts = ScriptCounts.Of(text.AsSpan(0, Math.Min(text.Length, SampleLength)));
        // A Chinese word is about 1.6 characters; compare words with words, so that a Chinese
        // text quoting English terms stays Chinese and an English text quoting 中文 stays English.
        double cjkWords = (counts.Han + counts.Kana) / 1.6;
        double hangulWords = counts.Hangul / 1.6;
        double best = Math.Max(Math.Max(cjkWords, hangulWords), Math.Max(counts.LatinWords, counts.OtherLetters / 5.0));
        if (best < 1)
        {
            return Undetermined;
        }

        if (text.Length > OpeningLength && (best == cjkWords || best == counts.LatinWords) && cjkWords > 0 && counts.LatinWords > 0
            && Math.Min(cjkWords, counts.LatinWords) >= BilingualShare * Math.Max(cjkWords, counts.LatinWords))
        {
            var opening = ScriptCounts.Of(text.AsSpan(0, OpeningLength));
            double openingCjk = (opening.Han + opening.Kana) / 1.6;
            if (Math.Max(openingCjk, opening.LatinWords) >= 1)
            {
                best = openingCjk >= opening.LatinWords ? cjkWords : counts.LatinWords;
            }
        }

        if (best == cjkWords)
        {
            return counts.Kana * 10 >= counts.Han + counts.Kana ? "ja" : "zh";
        }

        if (best == hangulWords)
        {
            return "ko";
        }

        if (best == counts.LatinWords)
        {
            return LatinLanguages.Detect(text.AsSpan(0, Math.Min(text.Length, SampleLength)));
        }

        return counts.DominantOtherScript;
    }
}
