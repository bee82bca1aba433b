using System.Text.Encodings.Web;
using System.Text.Json;
using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Site.Search;

/// <summary>
/// The prebuilt index of one language's search page:
/// <c>{"docs":[[href,title,lang,date,summary],…],"terms":{"token":[doc,weight,doc,weight,…]}}</c>.
/// Titles weigh 3, authors, tags and keywords 2, summaries 1; a document's weight for a token is
/// the highest of its fields. Only titles, summaries, keywords, tags and authors are indexed, so
/// the file stays small enough to load on a phone (the full text is a page away).
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index for <paramref name="lines"/>, with hrefs relative to the search page in <paramref name="searchFolder"/>.</summary>
    public static byte[] Write(IReadOnlyList<WorkLine> lines, string searchFolder)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Documents are added in order, so each posting list stays sorted by appending; terms are sorted once at the end.
        var terms = new Dictionary<string, List<(int Doc, int Weight)>>(StringComparer.Ordinal);
        for (int doc = 0; doc < lines.Count; doc++)
        {
            var line = lines[doc];
            var version = line.Work.VersionFor(line.Language);
            Add(terms, doc, 3, line.Title);
            Add(terms, doc, 2, line.Authors);
            Add(terms, doc, 2, string.Join(' ', line.Work.Tags));
            Add(terms, doc, 2, string.Join(' ', version.Record.Keywords.Select(k => k.Text)));
            Add(terms, doc, 1, line.Summary);
        }

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
            w.WriteStartArray("docs");
            foreach (var line in lines)
            {
                w.WriteStartArray();
                w.WriteStringValue(SitePaths.Relative(searchFolder, SitePaths.Item(line.Language, line.Work.Slug)));
                w.WriteStringValue(line.Title);
                w.WriteStringValue(line.TitleLanguage);
                w.WriteStringValue(line.Work.Date.ToIsoString());
                w.WriteStringValue(line.Summary);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartObject("terms");
            foreach (var (term, postings) in terms.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                w.WriteStartArray(term);
                foreach (var (doc, weight) in postings)
                {
                    w.WriteNumberValue(doc);
                    w.WriteNumberValue(weight);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Add(Dictionary<string, List<(int Doc, int Weight)>> terms, int doc, int weight, string text)
    {
        foreach (string token in SearchTokens.Of(text))
        {
            if (!terms.TryGetValue(token, out var postings))
            {
                postings = [];
                terms[token] = postings;
            }

            if (postings.Count > 0 && postings[^1].Doc == doc)
            {
                postings[^1] = (doc, Math.Max(postings[^1].Weight, weight));
            }
            else
            {
                postings.Add((doc, weight));
            }
        }
    }
}
