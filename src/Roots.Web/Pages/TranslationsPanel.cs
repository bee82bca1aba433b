using System.Text;
using Roots.App.Models;
using Roots.App.UseCases;
using Roots.Core.Analysis;

namespace Roots.Web.Pages;

/// <summary>
/// The item page's translations: per language, the translated title, summary and keywords, who made them
/// (<c>model:NAME</c>, or <c>author</c> when the author wrote them) and whether they still match the item
/// (stale ones are shown, marked, because <c>roots translate</c> has not made them again yet).
/// </summary>
/// <remarks>
/// The page around it is English, the translated text is not: each block of translated text carries its own
/// <c>lang</c> (so a screen reader speaks it, and the browser picks its fonts and line breaking) and
/// <c>dir</c> (so an Arabic translation reads right to left inside the left-to-right page), while the labels
/// beside it keep the page's language.
/// </remarks>
internal static class TranslationsPanel
{
    /// <summary>The panel's HTML; every value escaped.</summary>
    public static string Render(IReadOnlyList<TranslationDetail> translations)
    {
        var html = new StringBuilder("<div class=\"translations\">");
        foreach (var t in translations.OrderBy(t => t.Language, StringComparer.Ordinal))
        {
            string lang = Html.E(t.Language);
            string dir = TextDirection.Of(t.Language);
            html.Append("<section class=\"translation").Append(t.Current ? "" : " stale").Append("\" data-language=\"").Append(lang).Append("\">")
                .Append("<h3>").Append(Html.E(NameOf(t.Language))).Append(" <span class=\"meta\">(").Append(lang).Append(")</span></h3>")
                .Append("<div class=\"translated\" lang=\"").Append(lang).Append("\" dir=\"").Append(dir).Append("\">")
                .Append("<p class=\"translated-title\">").Append(Html.E(t.Title)).Append("</p>");
            if (t.Summary.Length > 0)
            {
                html.Append("<p class=\"translated-summary\">").Append(Html.E(t.Summary)).Append("</p>");
            }

            if (t.Keywords.Count > 0)
            {
                html.Append("<p class=\"translated-keywords\">")
                    .Append(string.Join(" ", t.Keywords.Select(k => $"<a class=\"keyword\" href=\"/?q={Html.Q(k)}\">{Html.E(k)}</a>")))
                    .Append("</p>");
            }

            html.Append("</div><p class=\"meta\">by <span class=\"by\">").Append(Html.E(t.By)).Append("</span> · ")
                .Append(t.Current
                    ? "<span class=\"state current\">current</span>"
                    : "<span class=\"state stale\" title=\"the item changed since; roots translate makes it again\">stale: the item changed since</span>")
                .Append("</p></section>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>The English name of a language <c>roots translate</c> knows, else its code.</summary>
    private static string NameOf(string language)
    {
        string primary = TranslationLanguages.Primary(language);
        return TranslationLanguages.Supported.Contains(primary) ? TranslationLanguages.Name(primary) : language;
    }
}
