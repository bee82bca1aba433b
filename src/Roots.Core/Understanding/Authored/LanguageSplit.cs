using Roots.Core.Analysis;

namespace Roots.Core.Understanding.Authored;

/// <summary>Where a bilingual document's second language version begins.</summary>
/// <param name="Start">Offset in the text of the second version's title line.</param>
/// <param name="FirstLanguage">The first version's language (ISO 639-1).</param>
/// <param name="SecondLanguage">The second version's language.</param>
/// <param name="SecondTitle">The second version's title: its first line.</param>
public sealed record LanguageSplitPoint(int Start, string FirstLanguage, string SecondLanguage, string SecondTitle);

/// <summary>
/// Recognises a document that holds one work twice, in Chinese and in a language written in Latin
/// letters, one after the other (an essay then its English version, or the reverse). The rule, so a
/// user can tell why a file was split:
/// <list type="number">
/// <item>before a point nearly all the text (≥ 85%, Han characters weighed as three letters) is in
/// one script, after it nearly all in the other, and each side holds at least 15% of the text;</item>
/// <item>the point is a title line: short, not a list item, not ending in a full stop, after a blank line
/// (the more blank lines before it, the likelier);</item>
/// <item>the two sides are alike: both have an abstract heading or a keywords line, or neither is
/// more than three times the other.</item>
/// </list>
/// A document with Chinese and English mixed throughout, or a short quotation in another language,
/// is never split.
/// </summary>
public static class LanguageSplit
{
    /// <summary>The least share of a side in its own script.</summary>
    public const double MinPurity = 0.85;

    /// <summary>The least share of the whole text on each side.</summary>
    public const double MinSide = 0.15;

    /// <summary>The longest line read as a title.</summary>
    private const int MaxTitleLength = 160;

    /// <summary>The least weight of text on each side (about a paragraph).</summary>
    private const double MinWeight = 600;

    /// <summary>The split point of <paramref name="text"/>, or null when it is not two language versions of one work.</summary>
    public static LanguageSplitPoint? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLine.Split(text);
        var han = new double[lines.Count + 1];
        var latin = new double[lines.Count + 1];
        for (int i = 0; i < lines.Count; i++)
        {
            var (h, l) = Weights(lines[i].Text);
            han[i + 1] = han[i] + h;
            latin[i + 1] = latin[i] + l;
        }

        double total = han[^1] + latin[^1];
        if (total < 2 * MinWeight)
        {
            return null;
        }

        int best = -1;
        double bestScore = 0;
        int blanks = 0;
        for (int k = 1; k < lines.Count; k++)
        {
            if (lines[k - 1].IsBlank)
            {
                blanks++;
            }
            else
            {
                blanks = 0;
            }

            if (blanks == 0 || !IsTitle(lines[k].Trimmed))
            {
                continue;
            }

            double before = han[k] + latin[k], after = total - before;
            if (before < MinSide * total || after < MinSide * total || before < MinWeight || after < MinWeight)
            {
                continue;
            }

            var (lineHan, lineLatin) = Weights(lines[k].Text);
            // Chinese first then Latin letters, or the reverse; the title line itself must be in the second script.
            double hanFirst = han[k] / before * ((latin[^1] - latin[k]) / after);
            double latinFirst = latin[k] / before * ((han[^1] - han[k]) / after);
            bool secondIsLatin = hanFirst >= latinFirst;
            double purity = secondIsLatin ? hanFirst : latinFirst;
            bool titleInSecond = secondIsLatin ? lineLatin > lineHan : lineHan > lineLatin;
            if (!titleInSecond || Math.Min(secondIsLatin ? han[k] / before : latin[k] / before,
                    secondIsLatin ? (latin[^1] - latin[k]) / after : (han[^1] - han[k]) / after) < MinPurity)
            {
                continue;
            }

            double score = purity + 0.02 * Math.Min(blanks, 5);
            if (score > bestScore)
            {
                (best, bestScore) = (k, score);
            }
        }

        if (best < 0)
        {
            return null;
        }

        int start = lines[best].Start;
        string first = text[..start], second = text[start..];
        if (!Alike(first, second, han[best] + latin[best], total - han[best] - latin[best]))
        {
            return null;
        }

        return new LanguageSplitPoint(start, LanguageDetector.Detect(first), LanguageDetector.Detect(second), lines[best].Trimmed);
    }

    private static bool Alike(string first, string second, double firstWeight, double secondWeight)
    {
        var a = TextLine.Split(first);
        var b = TextLine.Split(second);
        bool abstracts = AbstractSection.Find(a) is not null && AbstractSection.Find(b) is not null;
        bool keywords = KeywordsLine.Find(a).Count > 0 && KeywordsLine.Find(b).Count > 0;
        double ratio = firstWeight / secondWeight;
        return abstracts || keywords || (ratio <= 3 && ratio >= 1.0 / 3);
    }

    private static bool IsTitle(string line) =>
        line.Length is > 0 and <= MaxTitleLength
        && !line.EndsWith('.') && !line.EndsWith('。') && !line.EndsWith(',') && !line.EndsWith('，')
        && !char.IsAsciiDigit(line[0]) && line[0] is not ('-' or '*' or '•' or '·' or '(' or '（' or '[' or '"' or '“' or '「');

    /// <summary>A line's weight in Han characters (each counted as three letters) and in Latin letters.</summary>
    private static (double Han, double Latin) Weights(string line)
    {
        double h = 0, l = 0;
        foreach (char c in line)
        {
            if (CharClassifier.IsHan(c))
            {
                h += 3;
            }
            else if (char.IsLetter(c) && c < '\u0250')
            {
                l++;
            }
        }

        return (h, l);
    }
}
