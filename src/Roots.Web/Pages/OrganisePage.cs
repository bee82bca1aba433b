using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.Core.Classification;
using Roots.Web.Api;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/organise</c>: the taxonomy roots.yaml declares (categories, tags and their synonyms, rules),
/// the tags in use with their counts, a form that merges one tag into another (a rename when
/// the second is new) and an editor of the taxonomy's categories, tags and synonyms. The forms post
/// through app.js to <c>POST /api/tags/merge</c> and <c>PUT /api/taxonomy</c>.
/// </summary>
internal static class OrganisePage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        TaxonomyJson taxonomy;
        IReadOnlyList<TagCount> counts;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            taxonomy = TaxonomyJson.Of(lease.Library.Config.Taxonomy);
            counts = await lease.Library.Vocabulary.TagCountsAsync(cancellationToken).ConfigureAwait(false);
        }

        var html = new StringBuilder("<h1>Organise</h1>");
        html.Append("<section><h2>Merge or rename a tag</h2>")
            .Append("<form id=\"merge-tags\" class=\"inline\"><input name=\"from\" list=\"tag-names\" placeholder=\"tag to merge\" required> into ")
            .Append("<input name=\"into\" list=\"tag-names\" placeholder=\"tag to keep\" required> <button type=\"submit\">Merge</button></form>")
            .Append("<p class=\"meta\">Every item tagged with the first gets the second. Your own tags and the tags you removed keep their meaning; ")
            .Append("add the old name as a synonym in roots.yaml so that rules and the classifier use the new one too.</p>")
            .Append("<p id=\"merge-status\" class=\"meta\" aria-live=\"polite\"></p><datalist id=\"tag-names\">");
        foreach (var count in counts)
        {
            html.Append("<option value=\"").Append(Html.E(count.Tag)).Append("\">");
        }

        html.Append("</datalist></section>");
        html.Append("<section><h2>Tags in use</h2>");
        if (counts.Count == 0)
        {
            html.Append("<p class=\"empty\">No item has a tag yet.</p>");
        }
        else
        {
            html.Append("<table id=\"tag-counts\"><tr><th>Tag</th><th>Items</th><th>Set by you</th></tr>");
            foreach (var count in counts)
            {
                html.Append($"<tr><td><a href=\"/?tag={Html.Q(count.Tag)}\">{Html.E(count.Tag)}</a></td><td>{Html.N(count.Items)}</td><td>{Html.N(count.UserItems)}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
        AppendTaxonomy(html, taxonomy);
        html.Append("<section><h2>Automatic tagging</h2><p class=\"meta\">Rules and the classifier tag the items you have not labelled; ")
            .Append("they never change your own tags or bring back one you removed. The classifier learns from the items you tagged.</p>")
            .Append("<p class=\"inline\"><button type=\"button\" class=\"secondary\" data-classify=\"train\">Train the classifier</button> ")
            .Append("<button type=\"button\" data-classify=\"run\">Tag unlabelled items</button></p>")
            .Append("<p id=\"classify-status\" class=\"meta\" aria-live=\"polite\"></p></section>");
        return Layout.Page(context, "Organise", html.ToString());
    }

    private static void AppendTaxonomy(StringBuilder html, TaxonomyJson taxonomy)
    {
        html.Append("<section id=\"taxonomy\"><h2>Taxonomy</h2><p class=\"meta\">From the <code>taxonomy:</code> section of roots.yaml: ")
            .Append(Html.N(taxonomy.Rules)).Append(taxonomy.Rules == 1 ? " rule" : " rules").Append("; automatic tagging ")
            .Append(taxonomy.AllowNewTags ? "may invent new tags" : "uses only the tags below")
            .Append(", applying suggestions from ").Append(Html.E(taxonomy.MinConfidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))).Append(" confidence.</p>");
        html.Append("<h3>Categories</h3>");
        html.Append(taxonomy.Categories.Count == 0
            ? "<p class=\"empty\">None declared.</p>"
            : "<ul class=\"taglist\">" + string.Concat(taxonomy.Categories.Select(c => $"<li class=\"tag\">{Html.E(c)}</li>")) + "</ul>");
        html.Append("<h3>Tags and synonyms</h3>");
        if (taxonomy.Tags.Count == 0)
        {
            html.Append("<p class=\"empty\">None declared.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Tag</th><th>Synonyms</th></tr>");
            foreach (var tag in taxonomy.Tags)
            {
                html.Append($"<tr><td>{Html.E(tag.Name)}</td><td>{Html.E(string.Join(", ", tag.Synonyms))}</td></tr>");
            }

            html.Append("</table>");
        }

        AppendTaxonomyForm(html, taxonomy);
        html.Append("</section>");
    }

    /// <summary>The editor: plain text, one category or tag per line, saved through app.js to <c>PUT /api/taxonomy</c>.</summary>
    private static void AppendTaxonomyForm(StringBuilder html, TaxonomyJson taxonomy)
    {
        string categories = string.Join('\n', taxonomy.Categories);
        string tags = string.Join('\n', taxonomy.Tags.Select(t => t.Synonyms.Count == 0 ? t.Name : $"{t.Name}: {string.Join(", ", t.Synonyms)}"));
        html.Append("<details id=\"taxonomy-edit\"><summary>Edit categories, tags and synonyms</summary><form id=\"taxonomy-form\">")
            .Append("<label>Categories, one per line<textarea name=\"categories\" rows=\"4\">").Append(Html.E(categories)).Append("</textarea></label>")
            .Append("<label>Tags, one per line, synonyms after a colon (<code>ai: AI, 人工智能</code>)<textarea name=\"tags\" rows=\"6\">")
            .Append(Html.E(tags)).Append("</textarea></label>")
            .Append("<button type=\"submit\">Save to roots.yaml</button>")
            .Append("<p class=\"meta\">Only the <code>taxonomy:</code> section of roots.yaml is rewritten: its rules and settings stay, ")
            .Append("comments inside that section are not kept, and the rest of the file is untouched.</p>")
            .Append("<p id=\"taxonomy-status\" class=\"meta\" aria-live=\"polite\"></p></form></details>");
    }
}
