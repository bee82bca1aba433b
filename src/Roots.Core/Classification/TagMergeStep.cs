namespace Roots.Core.Classification;

/// <summary>One write of a tag merge.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Action">What to write.</param>
/// <param name="Tag">The tag it concerns.</param>
/// <param name="Origin">For <see cref="TagMergeAction.SetTag"/>: who set it.</param>
/// <param name="Confidence">For <see cref="TagMergeAction.SetTag"/>: its confidence.</param>
public readonly record struct TagMergeStep(long ItemId, TagMergeAction Action, string Tag, TagOrigin Origin = TagOrigin.User, double? Confidence = null);
