using Microsoft.AspNetCore.Http;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/add</c>: give URLs, paste a note, upload files (each with its own progress bar), or subscribe to a feed. The
/// forms post through app.js to the JSON API with the CSRF header; there is no form fallback,
/// because a state-changing form without the header would be refused anyway.
/// <c>/add?url=…&amp;title=…&amp;text=…</c> (the bookmarklet, and the web app manifest's share
/// target on phones) only fills the forms in: a GET never changes the library, the person
/// confirms with the button.
/// </summary>
internal static partial class AddPage
{
    public static IResult Render(HttpContext context, ServeOptions options)
    {
        var query = context.Request.Query;
        string title = query["title"].ToString().Trim();
        string text = query["text"].ToString().Trim();
        var urls = Urls(query["url"].ToString()).Concat(Urls(text)).Distinct(StringComparer.Ordinal).ToList();
        string noteText = urls.Count == 0 ? text : "";
        bool shared = urls.Count > 0 || noteText.Length > 0;
        string origin = $"{context.Request.Scheme}://{context.Request.Host}";
        string bookmarklet = "javascript:location.href='" + origin + "/add?url='+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title)";
        return Layout.Page(context, "Add", $$"""
            <h1>Add</h1>
            {{(shared ? "<p id=\"shared\" class=\"notice\">Shared with Roots: check what is filled in below, then press the button to collect it.</p>" : "")}}
            <ul id="add-results" class="results" aria-live="polite"></ul>
            <section>
            <h2>Web pages</h2>
            <form id="add-urls" class="stack">
            <textarea name="urls" rows="3" placeholder="one URL a line">{{Html.E(string.Join("\n", urls))}}</textarea>
            <input name="tags" placeholder="tags, comma separated">
            <button type="submit">Collect</button>
            </form>
            </section>
            <section>
            <h2>A note</h2>
            <form id="add-note" class="stack">
            <input name="title" placeholder="Title (optional)" value="{{Html.E(noteText.Length > 0 ? title : "")}}">
            <textarea name="text" rows="8" placeholder="Markdown or plain text, any language" required>{{Html.E(noteText)}}</textarea>
            <input name="tags" placeholder="tags, comma separated">
            <button type="submit">Add note</button>
            </form>
            </section>
            <section>
            <h2>Files</h2>
            <form id="add-files" class="stack">
            <input name="file" type="file" multiple required>
            <input name="tags" placeholder="tags, comma separated">
            <button type="submit">Upload</button>
            <p class="meta">Markdown, text, HTML, PDF; up to {{Html.N(options.MaxUploadBytes / (1024 * 1024))}} MiB a request.</p>
            </form>
            </section>
            <section>
            <h2>A feed</h2>
            <form id="add-feed" class="inline">
            <input name="url" type="url" placeholder="https://example.org/feed.xml" required size="40">
            every <input name="every" type="number" min="1" value="{{Api.FeedsApi.DefaultEveryMinutes}}" size="5"> minutes
            <label><input name="full" type="checkbox"> fetch full articles</label>
            <button type="submit">Subscribe</button>
            </form>
            <p id="feed-status" class="meta" aria-live="polite"></p>
            </section>
            <section>
            <h2>From anywhere</h2>
            <p>Drag this link to the bookmarks bar: <a id="bookmarklet" class="bookmarklet" href="{{Html.E(bookmarklet)}}">Add to Roots</a>.
            On any page, it opens this form with the page's address filled in. On a phone, install Roots from the browser's menu
            ("Add to home screen") and it appears in the share sheet.</p>
            </section>
            """);
    }

    /// <summary>
    /// The http(s) URLs in a shared text (a phone's share sheet often puts the address in the text), ending
    /// where the identifier extractor ends them: "分享(https://example.org/a)给你" gives https://example.org/a.
    /// </summary>
    private static IEnumerable<string> Urls(string text) =>
        Roots.Core.Identifiers.IdentifierExtractor.UrlSpans(text).Select(s => text.Substring(s.Start, s.Length)).Where(u => Uri.TryCreate(u, UriKind.Absolute, out _));
}
