namespace Roots.App.UseCases;

/// <summary>What the user asked to apply to everything added in one command.</summary>
/// <param name="Tags">Tags to add to each item.</param>
/// <param name="Title">A title for each item (meant for a single file or a note).</param>
public sealed record AddOptions(IReadOnlyList<string>? Tags = null, string? Title = null)
{
    /// <summary>Nothing to apply.</summary>
    public static AddOptions None { get; } = new();
}
