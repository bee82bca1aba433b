using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.App.UseCases;
using Roots.Core.Analysis;
using Roots.Web.Api;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/items/{id}</c>: the reader view and everything known about one item. Tags and the category
/// are edited in place by app.js through <c>POST /api/items/{id}/tags</c>.
/// </summary>
internal static class ItemPage
{
    public static async Task<IResult> RenderAsync(string id, HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        ItemDetails? details;
        IReadOnlyList<string> categories;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            details = await lease.Library.Read.ShowAsync(id, cancellationToken).ConfigureAwait(false);
            categories = lease.Library.Config.Taxonomy.Categories ?? [];
        }

        if (details is null)
        {
            return Layout.Page(context, "Not found", $"<h1>Not found</h1><p>No item '{Html.E(id)}'. <a href=\"/\">Back to the library</a>.</p>", StatusCodes.Status404NotFound);
        }

        var item = details.Item;
        var html = new StringBuilder();
        html.Append("<article class=\"item\" lang=\"").Append(Html.E(item.Language)).Append("\" dir=\"").Append(TextDirection.Of(item.Language)).Append("\" data-item=\"").Append(item.Id).Append("\">\n");
        html.Append("<h1>").Append(Html.E(item.Title)).Append("</h1>\n<dl class=\"facts\">");
        Fact(html, "Kind", Html.E(item.Kind));
        Fact(html, "Language", Html.E(item.Language));
        Fact(html, "Collected", Html.Date(item.CreatedAt));
        if (item.Published is not null)
        {
            Fact(html, "Published", Html.E(item.Published));
        }

        if (item.Url is not null)
        {
            Fact(html, "URL", $"<a href=\"{Html.E(item.Url)}\" rel=\"noopener noreferrer\">{Html.E(item.Url)}</a>");
        }

        Fact(html, "Category", $"<span id=\"category\">{(details.Category is null ? "none" : $"{Html.E(details.Category.Name)} <span class=\"meta\">({Html.E(details.Category.Origin)})</span>")}</span>");

        foreach (var (name, value) in details.Fields)
        {
            Fact(html, name, Html.E(value));
        }

        html.Append("</dl>\n");
        AppendTags(html, details, categories);
        AppendSection(html, "Summary", $"<p>{Html.E(details.Summary.Text)}</p><p class=\"meta\">by {Html.E(details.Summary.By)}</p>", details.Summary.Text.Length > 0);
        AppendSection(html, "Keywords", string.Join(" ", details.Keywords.Select(k => $"<a class=\"keyword\" href=\"/?q={Html.Q(k.Display)}\">{Html.E(k.Display)}</a>")), details.Keywords.Count > 0);
        AppendSection(html, "Translations", TranslationsPanel.Render(details.Translations), details.Translations.Count > 0, "translations");
        AppendSection(html, "Identifiers", "<ul>" + string.Join("", details.Identifiers.Select(Identifiers.Parse).Select(Identifier)) + "</ul>", details.Identifiers.Count > 0);
        AppendSection(html, "Related", List(details.Related.Select(r => (r.Item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Via} · {r.Score:0.000}")))), details.Related.Count > 0, "related");
        AppendSection(html, "Mentions", List(details.Mentions.Select(m => (m.Item, m.Evidence ?? m.Kind))), details.Mentions.Count > 0);
        AppendSection(html, "Backlinks", List(details.Backlinks.Select(m => (m.Item, m.Evidence ?? m.Kind))), details.Backlinks.Count > 0);
        AppendSection(html, "Attachments", List(details.Attachments.Select(m => (m.Item, m.Evidence ?? m.Kind))), details.Attachments.Count > 0, "attachments");
        AppendSection(html, "Attachment of", List(details.AttachmentOf.Select(m => (m.Item, m.Evidence ?? m.Kind))), details.AttachmentOf.Count > 0, "attachment-of");
        html.Append("<section><h2>Text</h2><div class=\"reader\">");
        foreach (string paragraph in details.Text.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(Html.E(paragraph)).Append("</p>\n");
        }

        html.Append("</div></section>\n<section><h2>Versions</h2><table><tr><th>#</th><th>Collected</th><th>Type</th><th>Size</th><th>Original</th></tr>");
        foreach (var version in details.Versions)
        {
            html.Append($"<tr><td>{Html.N(version.Number)}</td><td>{Html.Date(version.CollectedAt)}</td><td>{Html.E(version.MediaType)}</td><td>{Html.N(version.Size)} B</td>")
                .Append($"<td><a href=\"/original/{Html.E(version.Sha256)}\" rel=\"noopener\" target=\"_blank\">{Html.E(version.Sha256[..12])}…</a></td></tr>");
        }

        html.Append("</table></section>\n</article>");
        return Layout.Page(context, item.Title, html.ToString());
    }

    private static void AppendTags(StringBuilder html, ItemDetails details, IReadOnlyList<string> categories)
    {
        html.Append("<section class=\"tags\"><h2>Tags</h2><ul id=\"tags\" class=\"taglist\">");
        foreach (var tag in details.TagDetails)
        {
            html.Append($"<li class=\"tag\" data-origin=\"{Html.E(tag.Origin)}\"><a href=\"/?tag={Html.Q(tag.Name)}\">{Html.E(tag.Name)}</a>")
                .Append($"<button type=\"button\" class=\"remove\" data-remove-tag=\"{Html.E(tag.Name)}\" title=\"remove\" aria-label=\"remove {Html.E(tag.Name)}\">×</button></li>");
        }

        html.Append("</ul><form id=\"add-tag\" class=\"inline\"><input name=\"tag\" placeholder=\"add a tag\" required> <button type=\"submit\">Add tag</button></form>")
            .Append("<form id=\"set-category\" class=\"inline\"><input name=\"category\" list=\"category-names\" placeholder=\"category\" required value=\"")
            .Append(Html.E(details.Category?.Name)).Append("\"> <button type=\"submit\" class=\"secondary\">Set category</button><datalist id=\"category-names\">")
            .Append(string.Concat(categories.Select(c => $"<option value=\"{Html.E(c)}\">"))).Append("</datalist></form>")
            .Append("<p id=\"tag-status\" class=\"meta\" aria-live=\"polite\"></p></section>\n");
    }

    private static void Fact(StringBuilder html, string name, string valueHtml) =>
        html.Append("<dt>").Append(Html.E(name)).Append("</dt><dd>").Append(valueHtml).Append("</dd>");

    private static void AppendSection(StringBuilder html, string title, string body, bool show, string? id = null)
    {
        if (show)
        {
            html.Append("<section").Append(id is null ? "" : $" id=\"{id}\"").Append("><h2>").Append(Html.E(title)).Append("</h2>").Append(body).Append("</section>\n");
        }
    }

    private static string Identifier(IdentifierJson identifier)
    {
        string text = Html.E($"{identifier.Kind}:{identifier.Value}");
        return identifier.Href is null
            ? $"<li>{text}</li>"
            : $"<li><a href=\"{Html.E(identifier.Href)}\" rel=\"noopener noreferrer\">{text}</a></li>";
    }

    private static string List(IEnumerable<(Roots.Core.Model.Item Item, string Note)> items) =>
        "<ul class=\"links\">" + string.Join("", items.Select(x =>
            $"<li><a href=\"/items/{x.Item.Id}\">{Html.E(x.Item.Title)}</a> <span class=\"meta\">{Html.E(x.Note)}</span></li>")) + "</ul>";
}
