namespace Roots.App.Connect;

/// <summary>
/// The fingerprints whose bands are looked up to find the stored ones with some 16-bit band equal
/// or one bit away: every fingerprint at most 7 bits apart is among them (pigeonhole over four
/// bands), and most of those up to <see cref="NearDuplicateRule.MaxCheckedDistance"/>. Flipping bit <c>i</c> of all four
/// bands at once makes one lookup (of any band) probe four of those keys: 17 lookups per item.
/// </summary>
internal static class SimHashProbes
{
    /// <summary>Bit <c>i</c> of each of the four 16-bit bands.</summary>
    private const ulong EveryBand = 0x0001_0001_0001_0001UL;

    /// <summary><paramref name="hash"/> itself, then with bit <c>i</c> of every band flipped, for <c>i</c> in 0–15.</summary>
    public static IEnumerable<ulong> Of(ulong hash)
    {
        yield return hash;
        for (var bit = 0; bit < 16; bit++)
        {
            yield return hash ^ (EveryBand << bit);
        }
    }
}
