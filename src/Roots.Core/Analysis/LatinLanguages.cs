namespace Roots.Core.Analysis;

/// <summary>Tells Latin-script languages apart by their most frequent function words.</summary>
internal static class LatinLanguages
{
    private static readonly (string Language, HashSet<string> Words)[] Profiles =
    [
        ("en", ["the", "a", "an", "and", "of", "to", "is", "in", "that", "it", "for", "was", "with", "as", "on", "are", "this", "be", "by", "not", "you", "have", "from", "which", "or", "we", "they", "what", "can"]),
        ("fr", ["le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "ce", "il", "sont", "nous", "mais", "ou", "aux", "leur"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "wir", "sie", "wird", "oder", "aber", "bei"]),
        ("es", ["el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para", "del", "se", "no", "al", "lo", "como", "más", "pero", "su", "sus", "este", "está"]),
        ("pt", ["o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das", "no", "na", "se", "por", "mais", "ao", "é", "isso", "seu"]),
        ("it", ["il", "lo", "la", "gli", "le", "di", "che", "e", "un", "una", "per", "non", "con", "del", "della", "sono", "è", "da", "nel", "anche", "come", "ma", "questo", "si", "alla", "più"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "als", "maar", "bij", "er", "wordt", "naar", "aan", "uit", "om", "ik", "je"]),
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Lookups =
        Profiles.Select(p => p.Words.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();

    public static string Detect(ReadOnlySpan<char> text)
    {
        Span<int> scores = stackalloc int[Profiles.Length];
        Span<char> word = stackalloc char[16];
        int length = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            if (length > 0 && length <= word.Length)
            {
                Score(word[..length], scores);
            }

            length = 0;
        }

        int best = 0;
        for (int k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        // With no function word at all (a list of names, a title), English is the best guess.
        return scores[best] == 0 ? "en" : Profiles[best].Language;
    }

    private static void Score(ReadOnlySpan<char> word, Span<int> scores)
    {
        for (int k = 0; k < Profiles.Length; k++)
        {
            if (Lookups[k].Contains(word))
            {
                scores[k]++;
            }
        }
    }
}
