using System.Runtime.InteropServices;

namespace Roots.Core.Understanding;

/// <summary>
/// Finds which of many titles a text contains, exactly (ignoring case): the "mentions by
/// title" half of cross-references. Titles are indexed by their first characters, so a text is
/// read once whatever the number of titles.
/// </summary>
/// <remarks>
/// Short titles ("Notes", "README") would match everywhere, so a title needs at least
/// <see cref="MinLatinLength"/> characters, or <see cref="MinChineseLength"/> when it contains
/// Chinese, Japanese or Korean (whose words carry more per character). Thread-safe once built.
/// </remarks>
public sealed class TitleMatcher
{
    /// <summary>The shortest title without CJK characters that is matched.</summary>
    public const int MinLatinLength = 12;

    /// <summary>The shortest title with CJK characters that is matched.</summary>
    public const int MinChineseLength = 5;

    private const int KeyLength = 5;

    private readonly Dictionary<string, List<(long Id, string Title)>> _byPrefix = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="titles"/>; those too short or too generic to be evidence are left out.</summary>
    public TitleMatcher(IEnumerable<(long Id, string Title)> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        foreach (var (id, raw) in titles)
        {
            string title = Normalize(raw);
            if (!Qualifies(title))
            {
                continue;
            }

            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_byPrefix, title[..KeyLength], out _);
            (list ??= []).Add((id, title));
        }
    }

    /// <summary>The number of titles indexed.</summary>
    public int Count => _byPrefix.Values.Sum(l => l.Count);

    /// <summary>True when <paramref name="title"/> is long and specific enough to count as a mention.</summary>
    public static bool Qualifies(string title)
    {
        string normalized = Normalize(title);
        bool cjk = normalized.Any(c => c >= 0x2E80);
        return normalized.Length >= (cjk ? MinChineseLength : MinLatinLength) && normalized.Length >= KeyLength;
    }

    /// <summary>The ids of titles that occur in <paramref name="text"/>, each once, with the title found.</summary>
    public IReadOnlyList<(long Id, string Title)> FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(long, string)>();
        if (_byPrefix.Count == 0 || text.Length < KeyLength)
        {
            return found;
        }

        string haystack = Normalize(text);
        var lookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<long>();
        for (int i = 0; i + KeyLength <= haystack.Length; i++)
        {
            if (!lookup.TryGetValue(haystack.AsSpan(i, KeyLength), out var candidates))
            {
                continue;
            }

            foreach (var (id, title) in candidates)
            {
                if (haystack.AsSpan(i).StartsWith(title, StringComparison.Ordinal) && AtWordEdges(haystack, i, title.Length) && seen.Add(id))
                {
                    found.Add((id, title));
                }
            }
        }

        return found;
    }

    // "Roots" inside "Grassroots" is not a mention; CJK text has no spaces, so only Latin edges are checked.
    private static bool AtWordEdges(string text, int start, int length)
    {
        bool startOk = start == 0 || !IsLatinWordChar(text[start - 1]) || !IsLatinWordChar(text[start]);
        int end = start + length;
        bool endOk = end >= text.Length || !IsLatinWordChar(text[end]) || !IsLatinWordChar(text[end - 1]);
        return startOk && endOk;
    }

    private static bool IsLatinWordChar(char c) => char.IsLetterOrDigit(c) && c < 0x2E80;

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
