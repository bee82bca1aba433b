namespace Roots.App.UseCases;

/// <summary>What the user asked to apply to everything added in one command.</summary>
/// <param name="Tags">Tags to add to each item.</param>
/// <param name="Title">A title for each item (meant for a single file or a note).</param>
/// <param name="Reread">Read files again even when their size and time match what was kept (re-archives a damaged original).</param>
/// <param name="Own">The items are the library owner's own work: publishing attributes them to <c>site.authors</c> when they name no author.</param>
public sealed record AddOptions(IReadOnlyList<string>? Tags = null, string? Title = null, bool Reread = false, bool Own = false)
{
    /// <summary>Nothing to apply.</summary>
    public static AddOptions None { get; } = new();
}
