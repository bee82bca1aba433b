using System.Text.RegularExpressions;

namespace Roots.Core.Understanding.Authored;

/// <summary>
/// The author's keywords: a line <c>关键词：词元, Token, 人工智能</c> or <c>Keywords: Token, AI</c>
/// (关键字, 關鍵詞, Key words, Index Terms), anywhere in the text (Chinese journals often put it
/// at the end). Terms are split at commas, semicolons and 、, in either width; the terms on the next
/// line count when the label stands alone.
/// </summary>
public static partial class KeywordsLine
{
    /// <summary>The most terms kept.</summary>
    public const int MaxTerms = 50;

    /// <summary>The longest term kept, in characters (a longer "term" is a sentence).</summary>
    public const int MaxTermLength = 80;

    /// <summary>True when <paramref name="line"/> (trimmed) is a keywords line or label.</summary>
    public static bool IsKeywordsLine(string line) => Label().IsMatch(line);

    /// <summary>The author's keywords in <paramref name="lines"/>, in order; empty when there is no keywords line.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (int i = 0; i < lines.Count; i++)
        {
            var match = Label().Match(lines[i].Trimmed);
            if (!match.Success)
            {
                continue;
            }

            string value = match.Groups["value"].Value;
            if (value.Trim().Length == 0)
            {
                value = lines.Skip(i + 1).FirstOrDefault(l => !l.IsBlank).Text ?? "";
            }

            var terms = Terms(value);
            if (terms.Count > 0)
            {
                return terms;
            }
        }

        return [];
    }

    /// <summary>The terms of a keywords line's value.</summary>
    public static IReadOnlyList<string> Terms(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Split([',', '，', ';', '；', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim('.', '。', ' ', '\u00a0'))
            .Where(t => t.Length is > 0 and <= MaxTermLength)
            .DistinctBy(t => t.ToLowerInvariant())
            .Take(MaxTerms)
            .ToList();
    }

    [GeneratedRegex(@"^(?:【\s*)?(?:关\s*键\s*词|关键字|關鍵詞|關鍵字|key\s*words?|index\s+terms)(?:\s*】)?\s*(?:[:：]\s*(?<value>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
