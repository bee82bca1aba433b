using System.Security.Cryptography;
using System.Text;
using Roots.Core.Analysis;
using Roots.Core.Model;

namespace Roots.Bench.Postgres;

/// <summary>Bilingual synthetic documents: pseudo-English words drawn with Zipf frequencies, now and then a Chinese phrase.</summary>
internal sealed class SyntheticText
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "an", "sol", "ver", "in", "ex", "pro", "gra", "tion", "ly", "ing", "ed", "con", "ra", "fi", "ust", "om"];
    private static readonly string[] Chinese = ["知识", "图书馆", "数据库", "搜索引擎", "中文分词", "学术期刊", "开放获取", "元数据", "研究人员", "人工智能", "语言模型", "档案"];

    private readonly Random _random;
    private readonly Zipf _zipf;

    public SyntheticText(int vocabulary, int seed)
    {
        _random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < vocabulary)
        {
            int parts = 2 + _random.Next(3);
            words.Add(string.Concat(Enumerable.Range(0, parts).Select(_ => Syllables[_random.Next(Syllables.Length)])));
        }

        Words = words.ToArray();
        _zipf = new Zipf(vocabulary, 1.0, _random);
    }

    public string[] Words { get; }

    public Random Random => _random;

    public string Word() => Words[_zipf.Next()];

    public string Text(int words)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            builder.Append(_random.Next(25) == 0 ? Chinese[_random.Next(Chinese.Length)] : Word()).Append(i % 12 == 11 ? ". " : " ");
        }

        return builder.ToString();
    }

    public PreparedItem Item(string source, string title, string text, IReadOnlyList<string> tags, string language)
    {
        string terms(string s) => string.Join(' ', TextAnalyzer.Terms(s));
        byte[] bytes = Encoding.UTF8.GetBytes(title + "\n" + text);
        return new PreparedItem
        {
            Source = source,
            Kind = "note",
            Title = title,
            Language = language,
            Text = text,
            Tags = tags,
            Original = new ArchivedOriginal(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length),
            MediaType = "text/plain",
            TitleTerms = terms(title),
            BodyTerms = terms(text),
        };
    }
}
