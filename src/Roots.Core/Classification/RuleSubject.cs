using System.Runtime.InteropServices;
using Roots.Core.Analysis;

namespace Roots.Core.Classification;

/// <summary>
/// One item as taxonomy rules see it. The analysed forms (normalised text, word positions) are
/// computed on first use and shared by every rule, so a hundred rules cost one analysis.
/// </summary>
/// <remarks>Not thread-safe: one subject per thread (it caches lazily).</remarks>
public sealed class RuleSubject
{
    private string? _normalized;
    private Dictionary<string, List<int>>? _wordPositions;
    private List<string>? _words;

    /// <summary>Creates a subject.</summary>
    /// <param name="title">The item's title.</param>
    /// <param name="text">The item's text.</param>
    /// <param name="source">Where it came from (a path, <c>note:…</c>, <c>feed:…</c>).</param>
    /// <param name="url">A URL it is known by, if any.</param>
    /// <param name="language">Its language (BCP 47 primary subtag), if known.</param>
    public RuleSubject(string title, string text, string source, string? url = null, string? language = null)
    {
        Title = title ?? "";
        Text = text ?? "";
        Source = source ?? "";
        Url = url;
        Language = language;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The source.</summary>
    public string Source { get; }

    /// <summary>The URL, if any.</summary>
    public string? Url { get; }

    /// <summary>The language, if known.</summary>
    public string? Language { get; }

    /// <summary>Title and text as one string, as regexes see it.</summary>
    public string FullText => Title.Length == 0 ? Text : Title + "\n" + Text;

    /// <summary>Title and text normalised (NFKC, case folded), for substring matching of Chinese keywords.</summary>
    public string Normalized => _normalized ??= TextNormalizer.Normalize(FullText);

    /// <summary>The analysed words (stemmed, stop words dropped) of the alphabetic runs, in order.</summary>
    internal IReadOnlyList<string> Words
    {
        get
        {
            EnsureWords();
            return _words!;
        }
    }

    /// <summary>Where each analysed word occurs in <see cref="Words"/>.</summary>
    internal IReadOnlyList<int> PositionsOf(string word)
    {
        EnsureWords();
        return _wordPositions!.TryGetValue(word, out var positions) ? positions : [];
    }

    private void EnsureWords()
    {
        if (_words is not null)
        {
            return;
        }

        _words = RuleWords.Of(FullText);
        _wordPositions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _words.Count; i++)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_wordPositions, _words[i], out _);
            (list ??= []).Add(i);
        }
    }
}
