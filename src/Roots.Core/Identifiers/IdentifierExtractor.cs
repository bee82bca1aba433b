using System.Buffers;

namespace Roots.Core.Identifiers;

/// <summary>
/// Finds validated identifiers in running text, Chinese or English: URLs, DOIs, ORCID iDs,
/// labelled ISSNs and ISBNs, and labelled arXiv ids.
/// </summary>
/// <remarks>
/// <para>What is found, and why the rules are as they are:</para>
/// <list type="bullet">
/// <item>URLs start at <c>http://</c> or <c>https://</c> and end at whitespace, at any non-ASCII
/// character (Chinese text runs straight on from a URL: "见https://times.net.au及该网站"), or at
/// <c>&lt; &gt; " ' ` \ | ^ { }</c>; trailing <c>. , ; : ! ? *</c> and closing brackets without
/// an opening partner are trimmed. A doi.org, orcid.org, arxiv.org/abs|pdf or portal.issn.org URL
/// yields the DOI, ORCID iD, arXiv id or ISSN it names, not also the URL.</item>
/// <item>DOIs are found bare (<c>10.5281/zenodo.17978371</c>), so <c>doi:</c> and <c>DOI</c>
/// labels are covered too; sentence punctuation after them is trimmed.</item>
/// <item>ORCID iDs are found bare in the hyphenated form <c>0000-000N-NNNN-NNNC</c> when the check
/// character is right: the shape is distinctive and the check rejects look-alikes.</item>
/// <item>ISSNs only after an "ISSN" label (also <c>ISSN:</c>, <c>ISSN：</c>, eISSN, ISSN-L): a bare
/// NNNN-NNNN is as often a date range or a phone number, and one in eleven of those would pass
/// the check digit. ISBNs only after an "ISBN" label (ISBN-10, ISBN-13), for the same reason.
/// arXiv ids only after an "arXiv" label or in an arxiv.org URL.</item>
/// </list>
/// <para>Limits: at most <see cref="MaxIdentifiers"/> distinct identifiers per text. The scan is
/// a single forward pass with bounded look-ahead and no regular-expression backtracking over the
/// text, so time grows linearly with its length (a 10 MB text takes well under a second).
/// Stateless and thread-safe.</para>
/// </remarks>
public static partial class IdentifierExtractor
{
    /// <summary>The most identifiers returned for one text; the rest are ignored.</summary>
    public const int MaxIdentifiers = 1000;

    // The first characters of everything the scanners recognise: http(s)://, 10., 0000-, ISSN/ISBN, arXiv.
    private static readonly SearchValues<char> s_starts = SearchValues.Create("hH10iIaA");

    /// <summary>
    /// Extracts the identifiers in <paramref name="text"/>, each validated and normalised, without
    /// duplicates (by kind and value), in order of first appearance, at most <see cref="MaxIdentifiers"/>.
    /// </summary>
    /// <param name="text">Any text; empty text gives an empty list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<Identifier> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Found();
        int i = 0;
        while (i < text.Length && !found.IsFull)
        {
            int next = text.AsSpan(i).IndexOfAny(s_starts);
            if (next < 0)
            {
                break;
            }

            i += next;
            i = ScanAt(text, i, found);
        }

        return found.Items;
    }

    /// <summary>Tries every scanner that can start at <paramref name="i"/>; returns where to go on (always past <paramref name="i"/>).</summary>
    private static int ScanAt(string text, int i, Found found) => text[i] switch
    {
        'h' or 'H' => ScanUrl(text, i, found),
        '1' => ScanDoi(text, i, found),
        '0' => ScanOrcid(text, i, found),
        'i' or 'I' => ScanLabelledNumber(text, i, found),
        'a' or 'A' => ScanArxiv(text, i, found),
        _ => i + 1,
    };

    /// <summary>True when the character before <paramref name="i"/> does not continue a word, so a match may start there.</summary>
    private static bool StartsWord(string text, int i) => i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]);

    /// <summary>The identifiers found so far: de-duplicated, in order, capped.</summary>
    private sealed class Found
    {
        private readonly HashSet<Identifier> _seen = [];

        public List<Identifier> Items { get; } = [];

        public bool IsFull => Items.Count >= MaxIdentifiers;

        public void Add(Identifier identifier)
        {
            if (!IsFull && _seen.Add(identifier))
            {
                Items.Add(identifier);
            }
        }

        public void Add(IdentifierKind kind, Result<string> value)
        {
            if (value.IsSuccess)
            {
                Add(Identifier.FromNormalized(kind, value.Value));
            }
        }
    }
}
