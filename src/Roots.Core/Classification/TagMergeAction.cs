namespace Roots.Core.Classification;

/// <summary>What a tag merge does to one item's rows, in order; both stores apply the same steps.</summary>
public enum TagMergeAction
{
    /// <summary>Set the target tag with the step's origin and confidence (insert or replace).</summary>
    SetTag,

    /// <summary>Delete the named tag from the item.</summary>
    DeleteTag,

    /// <summary>Record the named tag as removed by the user.</summary>
    AddRemoved,

    /// <summary>Forget that the user removed the named tag.</summary>
    DeleteRemoved,
}
