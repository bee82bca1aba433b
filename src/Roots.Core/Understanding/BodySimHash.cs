using Roots.Core.Analysis;

namespace Roots.Core.Understanding;

/// <summary>
/// The SimHash of a text's body: its lines of at least <see cref="MinBodyLineWords"/> words, fed
/// one line at a time (<see cref="EndLine"/> after each). Shorter lines are what each format adds
/// around an article and the others do not: a PDF's running header and page numbers, a web page's
/// menu, byline, captions and lists of related links, a Markdown copy's headings. Hashing them made
/// the HTML and the PDF of one article 8 to 15 bits apart, never found within 3. A text whose long
/// lines hold less than half its words (a list, a poem, a short note) is hashed whole, so that two
/// lists sharing one long boilerplate line are not taken for the same text.
/// Not thread-safe: one instance per text.
/// </summary>
public sealed class BodySimHash : ITokenSink
{
    /// <summary>Words (as <see cref="SimHash"/> counts them: no English stop words, Chinese segmented) a line needs to count as body, numbers left out: 16, more than a heading, a byline, a caption or a running header has (a Chinese one segments into 8 to 10), fewer than a paragraph.</summary>
    public const int MinBodyLineWords = 16;

    private readonly SimHashSink _all = new();
    private readonly SimHashSink _body = new();
    private readonly List<string> _line = [];
    private int _lineWords;
    private long _allWords;
    private long _bodyWords;

    /// <inheritdoc />
    public void Add(ReadOnlySpan<char> token)
    {
        _all.Add(token);
        _line.Add(token.ToString());
        if (!IsNumber(token))
        {
            _lineWords++;
        }
    }

    /// <summary>Ends the current line: its words go to the body when there are enough of them.</summary>
    public void EndLine()
    {
        _allWords += _line.Count;
        if (_lineWords >= MinBodyLineWords)
        {
            _bodyWords += _line.Count;
            foreach (var word in _line)
            {
                _body.Add(word);
            }
        }

        _line.Clear();
        _lineWords = 0;
    }

    /// <summary>The fingerprint of the body, or of the whole text when its body is under half its words; 0 for no words.</summary>
    public ulong Fingerprint()
    {
        EndLine();
        return 2 * _bodyWords >= _allWords && _bodyWords > 0 ? _body.Fingerprint() : _all.Fingerprint();
    }

    /// <summary>
    /// Numbers do not count towards a line's length: a reference's year, volume and pages, a page
    /// number, or the "[2]" a PDF puts before a reference and a web page does not, would otherwise
    /// tip a line over the threshold in one format only.
    /// </summary>
    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The fingerprint of <paramref name="text"/>, analysed line by line as the ingest analysis does.</summary>
    public static ulong Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = new BodySimHash();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                var words = TextAnalyzer.Terms(line.ToString(), ChineseIndexing.Words);
                foreach (var word in words)
                {
                    hash.Add(word);
                }

                hash.EndLine();
            }
        }

        return hash.Fingerprint();
    }
}
