using Roots.Core.Analysis;

namespace Roots.Core.Model;

/// <summary>
/// The one spelling of a tag: normalised like indexed text (NFKC, case folded) with single spaces,
/// so "Local First ", "local first" and "ＬＯＣＡＬ ＦＩＲＳＴ" are one tag when kept and when filtered on.
/// </summary>
public static class TagName
{
    /// <summary>Returns the normalised tag; empty when <paramref name="tag"/> has no visible character.</summary>
    public static string Normalize(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return string.Join(' ', TextNormalizer.Normalize(tag).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
