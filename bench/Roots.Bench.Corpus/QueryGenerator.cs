namespace Roots.Bench.Corpus;

/// <summary>
/// Queries of 1–4 words from the same vocabularies as the documents, drawn from ranks 20–2000 with
/// weight 1/√rank: mostly mid-frequency content words, few stop words, no rare tail, as people type
/// them. (Weight 1/rank would give a third of all query words from ranks 20–100, mostly function words.)
/// Chinese queries concatenate their words without spaces.
/// </summary>
public sealed class QueryGenerator
{
    private readonly Vocabulary _vocab;
    private readonly double _zhShare;
    private readonly ulong _seed;
    private readonly ZipfSampler _en;
    private readonly ZipfSampler _zh;

    public QueryGenerator(Vocabulary vocab, double zhShare, ulong seed, int firstRank = 20, int lastRank = 2000)
    {
        _vocab = vocab;
        _zhShare = zhShare;
        _seed = seed;
        _en = new ZipfSampler(vocab.English.Length, 0.5, firstRank, lastRank);
        _zh = new ZipfSampler(vocab.Chinese.Length, 0.5, firstRank, lastRank);
    }

    /// <param name="number">1-based query number.</param>
    public string Generate(int number)
    {
        var rng = Prng.ForStream(_seed, (ulong)number);
        var zh = rng.NextDouble() < _zhShare;
        var r = rng.NextDouble();
        var count = r < 0.20 ? 1 : r < 0.60 ? 2 : r < 0.88 ? 3 : 4;
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var word = zh ? _vocab.Chinese[_zh.Sample(rng)] : _vocab.English[_en.Sample(rng)];
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return zh ? string.Concat(words) : string.Join(' ', words).ToLowerInvariant();
    }
}
