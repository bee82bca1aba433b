using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Roots.Core;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Reads the URL lists <c>roots add --from FILE</c> takes, recognising the format by content:
/// plain lists (one URL per line, <c>#</c> comments, blank lines), browser bookmark exports
/// (Netscape bookmark HTML from Firefox, Chrome, Safari; Pocket's HTML export — folder names and
/// the <c>TAGS</c> attribute become tags), Pocket's CSV export, Karakeep's JSON export (links, and
/// text bookmarks as <see cref="UrlList.Notes"/>; see <see cref="KarakeepExport"/>), and other JSON
/// exports (Linkwarden, Raindrop, Pocket-style: every object with a <c>url</c> or <c>link</c> is
/// taken, with its <c>title</c>/<c>name</c> and <c>tags</c>). Only http and https URLs are kept;
/// everything else that cannot be collected is reported in <see cref="UrlList.Skipped"/> with the
/// reason, never dropped silently. Never throws for bad content.
/// </summary>
public static class UrlListReader
{
    /// <summary>Largest list file read: 64 MB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Reads the list file at <paramref name="path"/>.</summary>
    public static Result<UrlList> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return Result<UrlList>.Fail($"{path} is larger than {MaxFileBytes / (1024 * 1024)} MB");
            }

            var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
            return decoded.IsSuccess ? Parse(decoded.Value.Text) : Result<UrlList>.Fail($"{path}: {decoded.Error}");
        }
        catch (IOException ex)
        {
            return Result<UrlList>.Fail($"cannot read {path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Result<UrlList>.Fail($"cannot read {path}: {ex.Message}");
        }
    }

    /// <summary>Parses list text already read.</summary>
    public static Result<UrlList> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var builder = new Builder();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            return ParseJson(trimmed, builder);
        }

        if (trimmed.StartsWith("<!DOCTYPE NETSCAPE-Bookmark", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith('<') || trimmed.Contains("<a ", StringComparison.OrdinalIgnoreCase))
        {
            return ParseHtml(trimmed, builder);
        }

        var firstLine = trimmed.Split('\n', 2)[0].Trim().ToLowerInvariant();
        if (firstLine.Contains(',') && firstLine.Split(',').Contains("url"))
        {
            return PocketCsv.Parse(trimmed, builder);
        }

        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // "URL title words" and "URL<TAB>title" are both common hand-written forms.
            var split = line.IndexOfAny([' ', '\t']);
            var url = split < 0 ? line : line[..split];
            var title = split < 0 ? null : line[split..].Trim();
            builder.Add(url, string.IsNullOrEmpty(title) ? null : title, [], $"line {number}");
        }

        return builder.Build("lines");
    }

    private static Result<UrlList> ParseHtml(string html, Builder builder)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(HtmlNestingGuard.Limit(html));
        var index = 0;
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            index++;
            var tags = (anchor.GetAttribute("tags") ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            tags.AddRange(Folders(anchor));
            builder.Add(anchor.GetAttribute("href")!, TextShape.OneLine(anchor.TextContent), tags, $"link {index}");
        }

        return builder.Build("bookmarks-html");
    }

    /// <summary>The bookmark folders around an anchor: each enclosing DL's preceding H3, outermost first.</summary>
    private static IEnumerable<string> Folders(IElement anchor)
    {
        var folders = new List<string>();
        for (var node = anchor.ParentElement; node is not null; node = node.ParentElement)
        {
            if (node.LocalName == "dl" && node.PreviousElementSibling is { LocalName: "h3" } h3 && TextShape.OneLine(h3.TextContent) is { } name)
            {
                folders.Add(name);
            }
        }

        folders.Reverse();
        return folders.Where(f => !f.Equals("Bookmarks bar", StringComparison.OrdinalIgnoreCase) && !f.Equals("Bookmarks Toolbar", StringComparison.OrdinalIgnoreCase));
    }

    private static Result<UrlList> ParseJson(string json, Builder builder)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
            if (KarakeepExport.Recognises(document.RootElement))
            {
                KarakeepExport.Read(document.RootElement, builder);
                return builder.Build("karakeep");
            }

            JsonExport.Walk(document.RootElement, builder);
            return builder.Build("json");
        }
        catch (JsonException ex)
        {
            return Result<UrlList>.Fail($"malformed JSON export: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Collects entries, dropping non-http(s) URLs with a reason and merging the tags of a URL listed twice.</summary>
    internal sealed class Builder
    {
        private readonly List<UrlListEntry> _entries = [];
        private readonly List<string> _skipped = [];
        private readonly List<UrlListNote> _notes = [];
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        /// <summary>Reports an entry that cannot be collected, with why (never dropped silently).</summary>
        public void Skip(string reason) => _skipped.Add(reason);

        /// <summary>Keeps a text entry as a note.</summary>
        public void AddNote(UrlListNote note) => _notes.Add(note);

        public void Add(string? text, string? title, IReadOnlyList<string> tags, string where)
        {
            var trimmed = text?.Trim();
            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                _skipped.Add($"{where}: not an http(s) URL: {Shorten(trimmed)}");
                return;
            }

            if (_seen.TryGetValue(url.AbsoluteUri, out int at))
            {
                // The same URL in two folders or with two tag sets: one entry with all its tags.
                var known = _entries[at];
                var merged = known.TagList.Concat(tags).Distinct().ToList();
                _entries[at] = known with { Title = known.Title ?? (string.IsNullOrWhiteSpace(title) ? null : title), Tags = merged.Count == 0 ? null : merged };
                return;
            }

            _seen[url.AbsoluteUri] = _entries.Count;
            _entries.Add(new UrlListEntry(url, string.IsNullOrWhiteSpace(title) ? null : title, tags.Count == 0 ? null : tags.Distinct().ToList()));
        }

        public Result<UrlList> Build(string format) => new UrlList(format, _entries, _skipped, _notes);

        private static string Shorten(string? text) =>
            text is null ? "(empty)" : text.Length <= 80 ? text : new StringBuilder(text, 0, 80, 81).Append('…').ToString();
    }
}
