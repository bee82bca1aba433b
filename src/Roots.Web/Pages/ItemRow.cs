using System.Text;
using Roots.Core.Model;

namespace Roots.Web.Pages;

/// <summary>One item in a list: a checkbox for bulk tagging, title link, a line of metadata, and an optional highlighted snippet.</summary>
internal static class ItemRow
{
    /// <summary>Appends one list item; <paramref name="snippetHtml"/> is already escaped HTML with &lt;mark&gt; (from <c>Snippet.ToHtml</c>), or null.</summary>
    public static void Append(StringBuilder html, Item item, string? snippetHtml = null)
    {
        html.Append("<li><input type=\"checkbox\" class=\"pick\" value=\"").Append(item.Id).Append("\" aria-label=\"select ").Append(Html.E(item.Title)).Append("\"> ")
            .Append("<a href=\"/items/").Append(item.Id).Append("\">").Append(Html.E(item.Title)).Append("</a>")
            .Append("<div class=\"meta\">").Append(Html.E(item.Language)).Append(" · ").Append(Html.E(item.Kind))
            .Append(" · ").Append(Html.Date(item.CreatedAt));
        foreach (string tag in item.Tags)
        {
            html.Append(" <span class=\"tag\">").Append(Html.E(tag)).Append("</span>");
        }

        html.Append("</div>");
        if (snippetHtml is not null)
        {
            html.Append("<p class=\"snippet\">").Append(snippetHtml).Append("</p>");
        }

        html.Append("</li>\n");
    }
}
