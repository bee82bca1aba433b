using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Roots.Core.Analysis;

/// <summary>
/// Dictionary-based Chinese word segmentation: Lucene.Net's SmartCn hidden-Markov-model
/// segmenter (ICTCLAS-derived, with its bundled core and bigram dictionaries).
/// </summary>
/// <remarks>
/// The dictionaries load once per process on first use (about 100 ms), which is why the
/// segmenter is lazy: an English-only search never pays for it. Segmentation is thread-safe.
/// </remarks>
public static class ChineseSegmenter
{
    private static readonly Lazy<HHMMSegmenter> Segmenter = new(() => new HHMMSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Segments a run of Chinese characters (no spaces or punctuation) into words.</summary>
    /// <param name="run">Han characters only.</param>
    /// <param name="visit">Called with each word in order, as a slice of <paramref name="run"/>.</param>
    public static void Segment(string run, Action<int, int> visit)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (SegToken token in Segmenter.Value.Process(run))
        {
            if (token.WordType is WordType.SENTENCE_BEGIN or WordType.SENTENCE_END)
            {
                continue;
            }

            int start = Math.Clamp(token.StartOffset, 0, run.Length);
            int end = Math.Clamp(token.EndOffset, start, run.Length);
            if (end > start)
            {
                visit(start, end - start);
            }
        }
    }

    /// <summary>Segments and returns the words, for display and tests.</summary>
    public static IReadOnlyList<string> Words(string run)
    {
        var words = new List<string>();
        Segment(run, (start, length) => words.Add(run.Substring(start, length)));
        return words;
    }
}
