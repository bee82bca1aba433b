using System.Globalization;
using System.Text;

namespace Roots.Bench.Corpus;

/// <summary>One synthetic document. <see cref="Markdown"/> is what <c>files</c> writes.</summary>
public sealed record Document(string Id, string Lang, string Title, string Text)
{
    public string Markdown => $"# {Title}\n\n{Text}\n";
}

/// <summary>
/// Builds documents of about <c>targetBytes</c> UTF-8 bytes (the whole Markdown file, title included)
/// from Zipf draws over the embedded vocabularies. A Chinese document has no spaces between words,
/// uses ，。 and now and then an untranslated English term; an English document has spaces and
/// now and then a Chinese phrase. Document <c>i</c> depends only on (seed, i).
/// </summary>
public sealed class DocumentGenerator
{
    private const double EnglishTermInChinese = 0.03;   // per word slot
    private const double ChinesePhraseInEnglish = 0.05; // per sentence

    private readonly Vocabulary _vocab;
    private readonly int _targetBytes;
    private readonly double _zhShare;
    private readonly ulong _seed;
    private readonly ZipfSampler _en;
    private readonly ZipfSampler _zh;
    private readonly ZipfSampler _enTitle;
    private readonly ZipfSampler _zhContent;
    private readonly ZipfSampler _terms;

    public DocumentGenerator(Vocabulary vocab, int targetBytes, double zhShare, ulong seed, double zipfS = 1.0)
    {
        _vocab = vocab;
        _targetBytes = targetBytes;
        _zhShare = zhShare;
        _seed = seed;
        _en = new ZipfSampler(vocab.English.Length, zipfS);
        _zh = new ZipfSampler(vocab.Chinese.Length, zipfS);
        // Titles and embedded phrases skip the function words at the head of each list.
        _enTitle = new ZipfSampler(vocab.English.Length, zipfS, first: 120);
        _zhContent = new ZipfSampler(vocab.Chinese.Length, zipfS, first: 80);
        _terms = new ZipfSampler(vocab.Terms.Length, zipfS);
    }

    /// <param name="number">1-based document number.</param>
    public Document Generate(int number, int idWidth)
    {
        var rng = Prng.ForStream(_seed, (ulong)number);
        var zh = rng.NextDouble() < _zhShare;
        var id = number.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth, '0');
        var title = zh ? ChineseTitle(rng) : EnglishTitle(rng);

        // "# " + title + "\n\n" + text + "\n"
        var budget = _targetBytes - Encoding.UTF8.GetByteCount(title) - 5;
        var text = new StringBuilder(_targetBytes);
        var bytes = 0;
        var sentencesLeft = 0;
        while (bytes < budget)
        {
            var sentence = zh ? ChineseSentence(rng) : EnglishSentence(rng);
            var separator = text.Length == 0 ? "" : sentencesLeft == 0 ? "\n\n" : zh ? "" : " ";
            var cost = Encoding.UTF8.GetByteCount(sentence) + separator.Length;
            // Stop short rather than overshoot, once we are within 5% of the target.
            if (bytes + cost > budget && bytes >= budget * 0.95)
            {
                break;
            }

            if (sentencesLeft == 0)
            {
                sentencesLeft = zh ? rng.Between(2, 6) : rng.Between(3, 7);
            }

            text.Append(separator).Append(sentence);
            bytes += cost;
            sentencesLeft--;
        }

        return new Document(id, zh ? "zh" : "en", title, text.ToString());
    }

    private string EnglishTitle(Prng rng)
    {
        var n = rng.Between(3, 7);
        var words = new string[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = Capitalize(_vocab.English[_enTitle.Sample(rng)]);
        }

        return string.Join(' ', words);
    }

    private string ChineseTitle(Prng rng)
    {
        var sb = new StringBuilder();
        var n = rng.Between(2, 4);
        for (var i = 0; i < n; i++)
        {
            sb.Append(_vocab.Chinese[_zhContent.Sample(rng)]);
        }

        return sb.ToString();
    }

    private string EnglishSentence(Prng rng)
    {
        var n = rng.Between(8, 25);
        var phraseAt = rng.Chance(ChinesePhraseInEnglish) ? rng.Between(2, n - 1) : -1;
        var sb = new StringBuilder();
        var previous = -1;
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var word = Draw(_vocab.English, _en, rng, ref previous);
            sb.Append(i == 0 ? Capitalize(word) : word);
            if (i == phraseAt)
            {
                sb.Append(" (");
                var words = rng.Between(1, 3);
                for (var j = 0; j < words; j++)
                {
                    sb.Append(_vocab.Chinese[_zhContent.Sample(rng)]);
                }

                sb.Append(')');
            }

            if (i < n - 1 && i > 1 && rng.Chance(0.07))
            {
                sb.Append(',');
            }
        }

        var end = rng.NextDouble();
        sb.Append(end < 0.93 ? '.' : end < 0.98 ? '?' : '!');
        return sb.ToString();
    }

    private string ChineseSentence(Prng rng)
    {
        var n = rng.Between(8, 25);
        var sb = new StringBuilder();
        var afterLatin = false;
        var previous = -1;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && rng.Chance(EnglishTermInChinese))
            {
                // Modern Chinese typesetting puts a space between Han characters and Latin words.
                if (!EndsWithPunctuation(sb))
                {
                    sb.Append(' ');
                }

                sb.Append(_vocab.Terms[_terms.Sample(rng)]);
                afterLatin = true;
            }
            else
            {
                if (afterLatin)
                {
                    sb.Append(' ');
                }

                sb.Append(Draw(_vocab.Chinese, _zh, rng, ref previous));
                afterLatin = false;
            }

            if (i < n - 1 && i > 1 && rng.Chance(0.12))
            {
                sb.Append('，');
                afterLatin = false;
            }
        }

        var end = rng.NextDouble();
        sb.Append(end < 0.93 ? '。' : end < 0.98 ? '？' : '！');
        return sb.ToString();
    }

    /// <summary>A Zipf draw that never repeats the word just written ("的的", "the the").</summary>
    private static string Draw(string[] words, ZipfSampler sampler, Prng rng, ref int previous)
    {
        var i = sampler.Sample(rng);
        while (i == previous)
        {
            i = sampler.Sample(rng);
        }

        previous = i;
        return words[i];
    }

    private static bool EndsWithPunctuation(StringBuilder sb) => sb.Length > 0 && sb[^1] is '，' or '。';

    private static string Capitalize(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
