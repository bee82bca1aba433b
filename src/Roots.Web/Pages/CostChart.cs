using System.Globalization;
using System.Text;
using Roots.App.Models;

namespace Roots.Web.Pages;

/// <summary>
/// Spend per day as stacked bars, one colour per model or operation: inline SVG drawn here, no
/// script and no chart library (the CSP allows neither inline script nor inline style, and SVG
/// presentation attributes are neither). Each segment has a title the browser shows on hover.
/// </summary>
internal static class CostChart
{
    private const int Width = 720, Height = 200, Left = 64, Bottom = 24, Top = 8;

    private static readonly string[] Palette = ["#2a6f4e", "#d97706", "#2563eb", "#9333ea", "#dc2626", "#0891b2", "#65a30d", "#6b7280"];

    /// <summary>The chart of <paramref name="lines"/> over <paramref name="days"/> (yyyy-MM-dd, oldest first), with its legend.</summary>
    public static string Render(string id, string caption, IReadOnlyList<DailyCost> lines, IReadOnlyList<string> days)
    {
        if (lines.Count == 0)
        {
            return "<p class=\"empty\">No model calls in this period.</p>";
        }

        // Money where calls were priced; tokens where none was (a local model without a price).
        bool money = lines.Any(l => l.Cost > 0);
        var currencies = lines.Where(l => l.Currency is not null).Select(l => l.Currency!).Distinct(StringComparer.Ordinal).ToList();
        string unit = money ? string.Join("/", currencies) : "tokens";
        double Value(DailyCost l) => money ? (double)l.Cost : l.Tokens;
        var keys = lines.GroupBy(l => l.Key, StringComparer.Ordinal).OrderByDescending(g => g.Sum(Value)).Select(g => g.Key).ToList();
        string Colour(string key) => Palette[Math.Min(keys.IndexOf(key), Palette.Length - 1)];
        var byDay = lines.GroupBy(l => l.Day, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        double top = Math.Max(byDay.Values.Max(d => d.Sum(Value)), money ? 0.0001 : 1);
        double slot = (double)(Width - Left) / Math.Max(1, days.Count);
        double barWidth = Math.Max(1, slot * 0.75);
        double plot = Height - Bottom - Top;

        var svg = new StringBuilder();
        svg.Append($"<figure class=\"chart\"><svg id=\"{Html.E(id)}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html.E(caption)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(F($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#c8cfd5\"/><line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\" stroke=\"#c8cfd5\"/>"));
        svg.Append(F($"<text x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6670\">{Html.E(Amount(top, money))}</text>"));
        svg.Append(F($"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6670\">0</text>"));
        for (int d = 0; d < days.Count; d++)
        {
            double x = Left + (d * slot) + ((slot - barWidth) / 2);
            if (d % 5 == 0 || d == days.Count - 1)
            {
                string anchor = d == days.Count - 1 ? "end" : "middle";
                svg.Append(F($"<text x=\"{(d == days.Count - 1 ? x + barWidth : x + (barWidth / 2)):0.#}\" y=\"{Height - 8}\" text-anchor=\"{anchor}\" font-size=\"10\" fill=\"#5b6670\">{Html.E(days[d][5..])}</text>"));
            }

            double y = Height - Bottom;
            foreach (var line in (byDay.GetValueOrDefault(days[d]) ?? []).OrderBy(l => keys.IndexOf(l.Key)))
            {
                double h = Value(line) / top * plot;
                y -= h;
                svg.Append(F($"<rect class=\"segment\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{barWidth:0.##}\" height=\"{Math.Max(h, 0.5):0.##}\" fill=\"{Colour(line.Key)}\">"))
                    .Append("<title>").Append(Html.E($"{line.Day} · {line.Key}: {(money && line.Currency is null ? "price unknown" : $"{Amount(Value(line), money)} {unit}")}, {line.Calls} calls")).Append("</title></rect>");
            }
        }

        svg.Append("</svg><figcaption>").Append(Html.E(caption)).Append(" (").Append(Html.E(unit)).Append(") <ul class=\"legend\">");
        foreach (string key in keys)
        {
            svg.Append(F($"<li><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"{Colour(key)}\"/></svg> ")).Append(Html.E(key)).Append("</li>");
        }

        return svg.Append("</ul></figcaption></figure>").ToString();
    }

    private static string Amount(double value, bool money) =>
        money ? value.ToString(value < 1 ? "0.0000" : "0.00", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
