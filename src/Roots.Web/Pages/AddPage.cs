using Microsoft.AspNetCore.Http;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/add</c>: paste a note, upload files (each with its own progress bar), or give URLs. The
/// forms post through app.js to the JSON API with the CSRF header; there is no form fallback,
/// because a state-changing form without the header would be refused anyway.
/// </summary>
internal static class AddPage
{
    public static IResult Render(HttpContext context, ServeOptions options) => Layout.Page(context, "Add", $$"""
        <h1>Add</h1>
        <section>
        <h2>A note</h2>
        <form id="add-note" class="stack">
        <input name="title" placeholder="Title (optional)">
        <textarea name="text" rows="8" placeholder="Markdown or plain text, any language" required></textarea>
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
        <h2>Web pages</h2>
        <form id="add-urls" class="stack">
        <textarea name="urls" rows="3" placeholder="one URL a line"></textarea>
        <input name="tags" placeholder="tags, comma separated">
        <button type="submit">Collect</button>
        </form>
        </section>
        <ul id="add-results" class="results" aria-live="polite"></ul>
        """);
}
