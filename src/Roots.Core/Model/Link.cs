namespace Roots.Core.Model;

/// <summary>A directed link between two items.</summary>
/// <param name="SourceId">The item that links.</param>
/// <param name="Kind">What the link means: <see cref="LinkKinds"/>.</param>
/// <param name="TargetId">The item linked to.</param>
/// <param name="Weight">How strong (similarity, or 1 for explicit mentions).</param>
/// <param name="Evidence">Why: the URL, DOI or title that was mentioned.</param>
public sealed record Link(long SourceId, string Kind, long TargetId, double Weight, string? Evidence);

/// <summary>The kinds of <see cref="Link"/>.</summary>
public static class LinkKinds
{
    /// <summary>The source contains the target's URL, DOI or exact title.</summary>
    public const string Mentions = "mentions";

    /// <summary>The two are alike in words and meaning.</summary>
    public const string Related = "related";

    /// <summary>The two are nearly the same text.</summary>
    public const string NearDuplicate = "near-duplicate";

    /// <summary>
    /// The source is a file the target carried (an email's attachment); the evidence is the name it had there.
    /// One attachment in two messages is one item with a link to each.
    /// </summary>
    public const string AttachmentOf = "attachment-of";

    /// <summary>The two are one text in two languages (Chinese and English), whichever was written first.</summary>
    public const string TranslationOf = "translation-of";
}
