namespace Roots.Core.Analysis;

/// <summary>
/// Single-character Chinese function words that are not indexed as words of their own
/// (they still appear inside bigrams): they occur in nearly every document and only add noise.
/// </summary>
internal static class ChineseParticles
{
    private const string Particles = "的了是在和也就都而及与着或之其把被对从向给让这那个们吗呢吧啊";

    public static bool Contains(char c) => Particles.Contains(c);
}
