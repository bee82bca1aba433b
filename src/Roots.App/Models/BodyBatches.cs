namespace Roots.App.Models;

/// <summary>
/// Groups the paragraphs a body translation must buy into calls: short paragraphs share a call up to
/// <see cref="InputTokens"/> (a 300-paragraph essay is a handful of calls, not 300), and a paragraph longer than
/// that is sent whole in a call of its own, never cut (a cut paragraph would be translated without its context).
/// </summary>
internal static class BodyBatches
{
    /// <summary>Source tokens one call carries at most, unless one paragraph alone is longer.</summary>
    public const int InputTokens = 1_500;

    /// <summary>Paragraphs one call carries at most: a long list of one-line paragraphs is easier for a model to keep in order when shorter.</summary>
    public const int MaxParagraphs = 40;

    /// <summary>The calls, in the paragraphs' order; each paragraph appears in exactly one.</summary>
    /// <param name="paragraphs">The paragraphs to buy with their token counts.</param>
    public static List<List<BodyParagraph>> Of(IReadOnlyList<BodyParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var batches = new List<List<BodyParagraph>>();
        var current = new List<BodyParagraph>();
        long tokens = 0;
        foreach (var paragraph in paragraphs)
        {
            if (current.Count > 0 && (tokens + paragraph.Tokens > InputTokens || current.Count == MaxParagraphs))
            {
                batches.Add(current);
                current = [];
                tokens = 0;
            }

            current.Add(paragraph);
            tokens += paragraph.Tokens;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
