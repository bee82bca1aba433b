namespace Roots.Core.Understanding;

/// <summary>
/// Splits text into sentences for summarising: at Chinese full stops and exclamation or question
/// marks (。！？；), at Latin ones followed by a space, and at blank lines (a heading or a list item
/// is a sentence of its own). Offsets point into the original text.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this are cut (at a comma or space when one is near), so one run-on paragraph cannot become the summary.</summary>
    public const int MaxSentenceLength = 500;

    /// <summary>Returns the sentences of <paramref name="text"/>, trimmed, without empty ones.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        int start = 0;
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i > 0 && text[i - 1] == '\n')
            {
                lineStart = i;
            }

            bool end = c is '。' or '！' or '？' or '；' or '!' or '?'
                || (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i))
                || (c == '\n' && (i + 1 >= text.Length || text[i + 1] == '\n' || IsListOrHeading(text, i + 1) || IsListOrHeading(text, lineStart)))
                || (i - start >= MaxSentenceLength && IsSoftBreak(text, i, start));
            if (end)
            {
                // Keep closing quotes and brackets with the sentence they close.
                while (i + 1 < text.Length && text[i + 1] is '”' or '」' or '』' or '"' or ')' or '）' or '’')
                {
                    i++;
                }

                Add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>Past the length limit, a comma or space ends the sentence; with none for 100 characters, any character does.</summary>
    private static bool IsSoftBreak(string text, int i, int start) =>
        text[i] is ',' or '，' or '、' or ' ' or '：' or ':' || i - start >= MaxSentenceLength + 100;

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        string sentence = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        // "e.g." "Dr." "U.S." and initials: a short letter run before the dot.
        int letters = 0;
        for (int k = dot - 1; k >= 0 && char.IsLetter(text[k]); k--)
        {
            letters++;
        }

        return letters is 1 || (letters is 2 && dot >= 2 && char.IsUpper(text[dot - 2]));
    }

    private static bool IsListOrHeading(string text, int lineStart)
    {
        int k = lineStart;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && (text[k] is '#' or '-' or '*' or '•' || (char.IsDigit(text[k]) && k + 1 < text.Length && text[k + 1] is '.' or ')'));
    }
}
