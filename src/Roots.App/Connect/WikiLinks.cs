namespace Roots.App.Connect;

/// <summary>
/// Reads <c>[[wikilinks]]</c> in notes, as Obsidian, Logseq and Foam write them:
/// <c>[[Title]]</c>, <c>[[Title|shown text]]</c>, <c>[[Title#Heading]]</c>, <c>![[Title]]</c>
/// (an embed). A target is compared with titles case-insensitively, white space collapsed. At most
/// <see cref="MaxLinks"/> per text, each at most <see cref="MaxTargetLength"/> characters, so a
/// hostile note costs little. Stateless and thread-safe.
/// </summary>
internal static class WikiLinks
{
    /// <summary>Most wikilinks read per text: 500.</summary>
    public const int MaxLinks = 500;

    /// <summary>Longest target read: 300 characters, the longest title an item keeps.</summary>
    public const int MaxTargetLength = 300;

    /// <summary>The distinct targets of the text's wikilinks, in order: each as written and as its <see cref="Key"/>.</summary>
    public static List<(string Written, string Key)> Targets(string text)
    {
        var targets = new List<(string Written, string Key)>();
        var at = 0;
        while (targets.Count < MaxLinks && (at = text.IndexOf("[[", at, StringComparison.Ordinal)) >= 0)
        {
            var start = at + 2;
            var end = text.IndexOf("]]", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var inner = text.AsSpan(start, end - start);
            var cut = inner.IndexOfAny('|', '#');
            var target = (cut < 0 ? inner : inner[..cut]).Trim();
            if (!target.IsEmpty && target.Length <= MaxTargetLength && !target.Contains('\n') && !target.Contains('['))
            {
                var written = target.ToString();
                var key = Key(written);
                if (!targets.Exists(t => t.Key == key))
                {
                    targets.Add((written, key));
                }
            }

            at = end + 2;
        }

        return targets;
    }

    /// <summary>How a title or a target is compared: white space collapsed, case folded.</summary>
    public static string Key(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
