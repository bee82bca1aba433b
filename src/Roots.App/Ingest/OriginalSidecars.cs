using Roots.Core.Model;

namespace Roots.App.Ingest;

/// <summary>Helpers for <see cref="OriginalSidecar"/>s, the archive's record of where each original came from.</summary>
internal static class OriginalSidecars
{
    private static readonly string[] s_noTags = [];

    /// <summary>True when both say the same (records compare their tag lists by reference, so tags are compared here).</summary>
    public static bool Same(OriginalSidecar a, OriginalSidecar b) =>
        a with { Tags = s_noTags } == b with { Tags = s_noTags } && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal);
}
