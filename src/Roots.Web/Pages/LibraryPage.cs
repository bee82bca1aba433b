using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.App.UseCases;
using Roots.Web.Api;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/</c>: the library, newest first, with filters; with <c>q</c> it is a search. The form works
/// without script; app.js turns it into search-as-you-type against <c>/api/search</c>.
/// </summary>
internal static class LibraryPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var filter = ItemQuery.Parse(query);
        if (!filter.IsSuccess)
        {
            return Layout.Page(context, "Library", $"<p class=\"error\">{Html.E(filter.Error)}</p>", StatusCodes.Status400BadRequest);
        }

        string q = query["q"].ToString();
        var html = new StringBuilder();
        html.Append($$"""
            <h1>Library</h1>
            <form id="filters" class="filters" action="/" method="get" role="search">
            <input id="q" name="q" type="search" placeholder="Search in any language · 搜索" value="{{Html.E(q)}}" autocomplete="off" autofocus>
            <input name="tag" placeholder="tag" value="{{Html.E(query["tag"].ToString())}}" size="10">
            <input name="category" placeholder="category" value="{{Html.E(query["category"].ToString())}}" size="10">
            <input name="lang" placeholder="lang (en, zh)" value="{{Html.E(query["lang"].ToString())}}" size="8">
            <input name="kind" placeholder="kind" value="{{Html.E(query["kind"].ToString())}}" size="8">
            <input name="since" type="date" value="{{Html.E(query["since"].ToString())}}">
            <button type="submit">Go</button>
            </form>
            <form id="bulk" class="inline bulk">
            <span id="picked" class="meta">0 selected</span>
            <input name="tag" placeholder="tag for the selected items" required>
            <button type="submit" data-bulk="add">Add tag</button>
            <button type="submit" data-bulk="remove" class="secondary">Remove tag</button>
            <button type="button" id="pick-all" class="secondary">Select all</button>
            <span id="bulk-status" class="meta" aria-live="polite"></span>
            </form>
            <p id="status" class="meta" aria-live="polite"></p>
            <ol id="results" class="items">
            """);
        int count;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrWhiteSpace(q))
            {
                var results = await lease.Library.Find.SearchAsync(q, filter.Value, true, SearchMode.Auto, cancellationToken).ConfigureAwait(false);
                foreach (var result in results)
                {
                    ItemRow.Append(html, result.Item, result.Snippet?.ToHtml());
                }

                count = results.Count;
            }
            else
            {
                var items = await lease.Library.Read.ListAsync(filter.Value, cancellationToken).ConfigureAwait(false);
                foreach (var item in items)
                {
                    ItemRow.Append(html, item);
                }

                count = items.Count;
            }
        }

        html.Append("</ol>\n");
        if (count == 0)
        {
            html.Append("<p class=\"empty\">Nothing here yet. <a href=\"/add\">Add a note or a file</a>.</p>");
        }

        AppendPaging(html, context.Request, filter.Value.Offset, filter.Value.Limit, count);
        return Layout.Page(context, string.IsNullOrWhiteSpace(q) ? "Library" : q, html.ToString());
    }

    private static void AppendPaging(StringBuilder html, HttpRequest request, int offset, int limit, int count)
    {
        string Link(int to)
        {
            var parameters = request.Query.Where(p => p.Key != "offset").SelectMany(p => p.Value.Select(v => $"{Html.Q(p.Key)}={Html.Q(v)}")).ToList();
            parameters.Add("offset=" + Html.N(to));
            return "/?" + string.Join("&", parameters);
        }

        html.Append("<nav class=\"paging\">");
        if (offset > 0)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(Html.E(Link(Math.Max(0, offset - limit)))).Append("\">← newer</a> ");
        }

        if (count == limit)
        {
            html.Append("<a rel=\"next\" href=\"").Append(Html.E(Link(offset + limit))).Append("\">older →</a>");
        }

        html.Append("</nav>");
    }
}
