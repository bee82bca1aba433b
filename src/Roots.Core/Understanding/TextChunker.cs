namespace Roots.Core.Understanding;

/// <summary>
/// Cuts a text into passages for embedding: whole sentences packed up to a budget of
/// model tokens, the title in front of each passage so it keeps its context.
/// </summary>
/// <remarks>
/// The budget counts what a BERT-style word-piece tokenizer would make of the text without running
/// it: a CJK character is one piece, a Latin word about 1.3. MiniLM reads at most 256 pieces and was
/// trained on 128, so passages of about 200 keep every word seen and the model in its element.
/// </remarks>
public static class TextChunker
{
    /// <summary>The default budget of word pieces per passage.</summary>
    public const int DefaultBudget = 200;

    /// <summary>The passages of an item: at most <paramref name="maxChunks"/>, from the start of the text.</summary>
    /// <param name="title">Put before each passage; may be empty.</param>
    /// <param name="text">The item's text.</param>
    /// <param name="budget">Word pieces per passage, title included.</param>
    /// <param name="maxChunks">An upper bound, so that a 500-page PDF costs what its first pages cost.</param>
    public static IReadOnlyList<string> Chunk(string title, string text, int budget = DefaultBudget, int maxChunks = 16)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunks, 1);

        string head = title.Trim();
        int headCost = Math.Min(EstimatePieces(head), budget / 3);
        int room = budget - headCost;
        var chunks = new List<string>();
        var current = new System.Text.StringBuilder();
        int used = 0;
        foreach (string sentence in SentenceSplitter.Split(text))
        {
            int cost = EstimatePieces(sentence);
            if (used > 0 && used + cost > room)
            {
                chunks.Add(Compose(head, current));
                if (chunks.Count == maxChunks)
                {
                    return chunks;
                }

                current.Clear();
                used = 0;
            }

            // Chinese and Japanese sentences follow each other without a space.
            if (current.Length > 0 && !(current[^1] >= 0x2E80 && sentence[0] >= 0x2E80))
            {
                current.Append(' ');
            }

            current.Append(sentence);
            used += cost;
        }

        if (current.Length > 0 || chunks.Count == 0 && head.Length > 0)
        {
            chunks.Add(Compose(head, current));
        }

        return chunks;
    }

    /// <summary>About how many word pieces a BERT uncased tokenizer makes of <paramref name="text"/>.</summary>
    public static int EstimatePieces(string text)
    {
        int pieces = 0;
        int wordLength = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) && c < 0x2E80)
            {
                wordLength++;
                continue;
            }

            pieces += WordPieces(wordLength);
            wordLength = 0;
            if (!char.IsWhiteSpace(c))
            {
                pieces++; // a CJK character or a punctuation mark is a piece of its own
            }
        }

        return pieces + WordPieces(wordLength);
    }

    // Common words are one piece; longer and rarer ones split into about one piece per 6 letters.
    private static int WordPieces(int length) => length == 0 ? 0 : 1 + (length - 1) / 6;

    private static string Compose(string head, System.Text.StringBuilder body) =>
        head.Length == 0 ? body.ToString() : body.Length == 0 ? head : head + ". " + body;
}
