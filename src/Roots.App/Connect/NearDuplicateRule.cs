using System.Globalization;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// When two items are near-duplicates, the same for the step after keeping and for <c>roots dupes</c>:
/// fingerprints within <see cref="SimHash.DefaultMaxDistance"/> bits are; fingerprints up to
/// <see cref="MaxCheckedDistance"/> bits apart are when the texts share at least
/// <see cref="MinContainment"/> of the shorter one's word shingles. The second look is for one
/// article collected in two formats (the HTML and the PDF of a paper, a Markdown copy): each
/// extractor leaves its own noise, and even with short lines left out of the fingerprint
/// (<see cref="BodySimHash"/>) a page with a reader's comment under the article measured 10 bits
/// from the PDF, while two different articles on one subject were 26 or more apart and shared
/// under 15% of their shingles.
/// </summary>
internal static class NearDuplicateRule
{
    /// <summary>
    /// Farthest fingerprints whose texts are compared: 12 bits (unrelated texts are about 32 apart,
    /// and under one pair in five million falls within 12). Candidates are those with a band within
    /// one bit (<see cref="SimHashProbes"/>): every pair up to 7 bits apart, and most from 8 to 12
    /// (about 80% at 8, 40% at 12); the full pass takes the same candidates, so both agree.
    /// </summary>
    public const int MaxCheckedDistance = 12;

    /// <summary>Share of the shorter text's shingles the other must hold: 0.8 (one article across formats measured 0.92 to 0.99).</summary>
    public const double MinContainment = 0.8;

    /// <summary>Whether the pair at <paramref name="distance"/> is decided by the fingerprints alone (else its texts are needed).</summary>
    public static bool IsSure(int distance) => distance <= SimHash.DefaultMaxDistance;

    /// <summary>The link's evidence when two items at <paramref name="distance"/> with these texts are near-duplicates, else null.</summary>
    public static string? Evidence(int distance, string? textA, string? textB)
    {
        if (IsSure(distance))
        {
            return $"simhash distance {distance}";
        }

        if (distance > MaxCheckedDistance || textA is null || textB is null)
        {
            return null;
        }

        var containment = ShingleOverlap.Containment(textA, textB);
        return containment >= MinContainment
            ? string.Create(CultureInfo.InvariantCulture, $"simhash distance {distance}; shares {Math.Floor(containment * 100)}% of its word shingles")
            : null;
    }

    /// <summary>The weight of a near-duplicate link: 1 for identical fingerprints, less the farther apart.</summary>
    public static double Weight(int distance) => 1 - (distance / 64.0);
}
