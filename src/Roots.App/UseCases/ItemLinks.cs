namespace Roots.App.UseCases;

/// <summary>An item's explicit links, resolved to the items at their other end.</summary>
/// <param name="Mentions">Items it mentions (by URL, DOI or exact title).</param>
/// <param name="Backlinks">Items that mention it.</param>
public sealed record ItemLinks(IReadOnlyList<LinkedItem> Mentions, IReadOnlyList<LinkedItem> Backlinks)
{
    /// <summary>For a message: its attachments kept as items, each with the name it had in the message as evidence.</summary>
    public IReadOnlyList<LinkedItem> Attachments { get; init; } = [];

    /// <summary>For an attachment: the messages it arrived in.</summary>
    public IReadOnlyList<LinkedItem> AttachmentOf { get; init; } = [];

    /// <summary>Items that are this text in another language (Chinese and English versions of one text).</summary>
    public IReadOnlyList<LinkedItem> Versions { get; init; } = [];
}
