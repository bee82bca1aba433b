namespace Roots.Core.Model;

/// <summary>What keeping one prepared item did.</summary>
public enum KeepResult
{
    /// <summary>A new item was created.</summary>
    Added,

    /// <summary>The source was known and its content changed: a new version.</summary>
    NewVersion,

    /// <summary>The source was known with this very content: nothing changed.</summary>
    Unchanged,

    /// <summary>Another item already holds this exact content: not stored twice.</summary>
    Duplicate,
}

/// <summary>The outcome of keeping one item.</summary>
/// <param name="Result">What happened.</param>
/// <param name="ItemId">The item created or updated, or the one already holding the content.</param>
/// <param name="Version">The item's current version number afterwards.</param>
public readonly record struct KeepOutcome(KeepResult Result, long ItemId, int Version);
