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
/// (<see cref="BodySimHash"/>) such pairs measured 0 to 10 bits apart, while two different articles
/// on one subject were 22 or more apart and shared under 15% of their shingles.
/// </summary>
internal static class NearDuplicateRule
{
    /// <summary>Farthest fingerprints whose texts are compared: 7 bits, the most the probes of <see cref="SimHashProbes"/> always find; unrelated texts are about 32 apart.</summary>
    public const int MaxCheckedDistance = 7;

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
            ? string.Create(CultureInfo.InvariantCulture, $"simhash distance {distance}; shares {containment:P0} of its word shingles")
            : null;
    }

    /// <summary>The weight of a near-duplicate link: 1 for identical fingerprints, less the farther apart.</summary>
    public static double Weight(int distance) => 1 - (distance / 64.0);
}
