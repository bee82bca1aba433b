using System.Text;
using System.Text.RegularExpressions;

namespace Roots.Core.Understanding.Authored;

/// <summary>
/// The author's abstract: the paragraphs under a heading <c>摘要</c> (内容摘要, 提要) or
/// <c>Abstract</c>, or the text after <c>摘要：</c> / <c>Abstract:</c> on the heading's own line.
/// It ends at the keywords line, at a short line after a blank one (the next heading or an
/// epigraph), at two blank lines in a row, or after three paragraphs.
/// </summary>
public static partial class AbstractSection
{
    /// <summary>How far into a document its abstract heading may stand, in characters.</summary>
    public const int HeadLength = 12_000;

    /// <summary>The longest abstract kept, in characters.</summary>
    public const int MaxLength = 5_000;

    private const int MaxParagraphs = 3;

    /// <summary>A line shorter than this, starting a paragraph, is a heading or an epigraph, not abstract text.</summary>
    private const int ShortLine = 30;

    /// <summary>The abstract in <paramref name="lines"/>, or null.</summary>
    public static string? Find(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (int i = 0; i < lines.Count && lines[i].Start < HeadLength; i++)
        {
            var heading = Heading().Match(lines[i].Trimmed);
            if (heading.Success)
            {
                string? text = Paragraphs(lines, i + 1, heading.Groups["inline"].Value.Trim());
                if (text is not null)
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static string? Paragraphs(IReadOnlyList<TextLine> lines, int from, string inline)
    {
        var paragraphs = new List<StringBuilder>();
        if (inline.Length > 0)
        {
            paragraphs.Add(new StringBuilder(inline));
        }

        int blanks = inline.Length > 0 ? 0 : 1;
        for (int j = from; j < lines.Count; j++)
        {
            string line = lines[j].Trimmed;
            if (line.Length == 0)
            {
                blanks++;
                if (blanks >= 2 && paragraphs.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (KeywordsLine.IsKeywordsLine(line) || Heading().IsMatch(line))
            {
                break;
            }

            bool startsParagraph = blanks > 0 || paragraphs.Count == 0;
            if (startsParagraph)
            {
                if (paragraphs.Count == MaxParagraphs || (line.Length < ShortLine && paragraphs.Count > 0))
                {
                    break;
                }

                paragraphs.Add(new StringBuilder(line));
            }
            else
            {
                // A hard-wrapped paragraph: join its lines, with a space only between Latin words.
                var last = paragraphs[^1];
                if (last.Length > 0 && char.IsAsciiLetterOrDigit(last[^1]) && char.IsAsciiLetterOrDigit(line[0]))
                {
                    last.Append(' ');
                }

                last.Append(line);
            }

            blanks = 0;
        }

        string text = string.Join("\n\n", paragraphs.Select(p => p.ToString().Trim())).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^(?:【\s*)?(?:摘\s*要|内容摘要|內容摘要|内容提要|提\s*要|abstract|summary)(?:\s*】)?\s*(?:$|[:：]\s*(?<inline>.*)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
