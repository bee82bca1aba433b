namespace Roots.Core.Ports;

/// <summary>Conditions on items, shared by listing and search.</summary>
/// <param name="Tags">Every one of these tags must be on the item.</param>
/// <param name="Language">The item's language must be this primary tag.</param>
/// <param name="Kind">The item's kind must be this.</param>
/// <param name="Since">The item must have been collected (or updated) at or after this time.</param>
/// <param name="Limit">At most this many results (default 50).</param>
/// <param name="Offset">Skip this many results first.</param>
/// <param name="Category">The item's category must be this (normalised as categories are).</param>
public sealed record ItemFilter(
    IReadOnlyList<string>? Tags = null,
    string? Language = null,
    string? Kind = null,
    DateTimeOffset? Since = null,
    int Limit = 50,
    int Offset = 0,
    string? Category = null)
{
    /// <summary>No conditions, default paging.</summary>
    public static ItemFilter None { get; } = new();
}
