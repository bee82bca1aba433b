using System.Net;
using System.Text;
using Roots.TestKit.Pdf;

namespace Roots.App.Tests.Connect;

/// <summary>
/// One article written out the way a collector meets it in several formats: an HTML page with its
/// chrome (a menu, a "related" box and a newsletter box the extractor does not know to drop, a
/// footer), a Markdown copy, and a typeset PDF with a running header, a page number on every page,
/// English words hyphenated at line ends and Chinese lines broken inside words.
/// </summary>
internal sealed record CrossFormatArticles(string Title, string Byline, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> References, bool Chinese)
{
    /// <summary>Characters per typeset line: about what fits a column at 11 pt (English), or 32 Han characters.</summary>
    private int LineWidth => Chinese ? 32 : 78;

    /// <summary>The page as a blog or journal site serves it, with readers' <paramref name="comments"/> under the article when given.</summary>
    public string Html(params string[] comments)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").Append(E(Title)).Append(" | The Ledger Review</title></head><body>");
        html.Append("<div class=\"topbar\"><a href=\"/\">The Ledger Review</a> <a href=\"/about\">About</a> <a href=\"/archive\">Archive</a> <a href=\"/subscribe\">Subscribe</a></div>");
        html.Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/topics\">Topics</a></li></ul></nav><main>");
        html.Append("<h1>").Append(E(Title)).Append("</h1><p class=\"byline\">").Append(E(Byline)).Append(Chinese ? " · 阅读约 6 分钟" : " · 6 min read").Append("</p>");
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            html.Append("<p>").Append(E(Paragraphs[i])).Append("</p>");
            if (i == 1)
            {
                html.Append("<figure><img src=\"chart.png\" alt=\"\"><figcaption>")
                    .Append(Chinese ? "图 1：每月调用的词元数与费用。" : "Figure 1. Tokens and cost of the calls, month by month.")
                    .Append("</figcaption></figure>");
            }
        }

        html.Append(Chinese ? "<h2>参考文献</h2><ol>" : "<h2>References</h2><ol>");
        foreach (var reference in References)
        {
            html.Append("<li>").Append(E(reference)).Append("</li>");
        }

        html.Append("</ol><div class=\"share\">").Append(Chinese ? "分享到：微博 微信 豆瓣" : "Share this: Twitter Facebook Email").Append("</div>");
        html.Append("<div class=\"related-links\"><h3>").Append(Chinese ? "相关文章" : "Related articles").Append("</h3><ul>")
            .Append(Chinese
                ? "<li><a href=\"/a\">开源模型的部署成本</a></li><li><a href=\"/b\">我们为什么重写了计费系统</a></li><li><a href=\"/c\">一年的推理账单复盘</a></li>"
                : "<li><a href=\"/a\">What an open model costs to serve</a></li><li><a href=\"/b\">Why we rewrote our billing system</a></li><li><a href=\"/c\">A year of inference invoices, reviewed</a></li>")
            .Append("</ul></div><div class=\"newsletter\">")
            .Append(Chinese ? "订阅我们的周报，每周一封，随时可以退订。" : "Get the weekly letter: one email a week, unsubscribe at any time.")
            .Append("</div>");
        if (comments.Length > 0)
        {
            html.Append("<section class=\"comments\"><h2>Comments</h2>");
            foreach (var comment in comments)
            {
                html.Append("<p>").Append(E(comment)).Append("</p>");
            }

            html.Append("</section>");
        }

        html.Append("</main><footer>© 2024 The Ledger Review · Privacy · Terms</footer></body></html>");
        return html.ToString();
    }

    /// <summary>A Markdown copy, as a note-taker would paste it.</summary>
    public string Markdown()
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Title).Append("\n\n*").Append(Byline).Append("*\n\n");
        foreach (var paragraph in Paragraphs)
        {
            md.Append(paragraph).Append("\n\n");
        }

        md.Append(Chinese ? "## 参考文献\n\n" : "## References\n\n");
        for (var i = 0; i < References.Count; i++)
        {
            md.Append(i + 1).Append(". ").Append(References[i]).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>The typeset PDF: title and byline on page one, then the paragraphs wrapped into lines, about 20 to a page (several pages), a running header and a page number on each page.</summary>
    public byte[] Pdf()
    {
        const double size = 11, top = 780, paragraphGap = size * 1.0;
        var pages = new List<List<PdfLine>>();
        List<PdfLine>? page = null;
        var y = 0.0;
        void NewPage()
        {
            page = [];
            pages.Add(page);
            page.Add(new PdfLine(Chinese ? "账本评论 · 第 3 卷第 2 期" : "The Ledger Review · Vol. 3, No. 2", 50, 815, 8));
            page.Add(new PdfLine(pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), 290, 40, 8));
            y = top;
        }

        void Line(string text, double lineSize, double gapAfter)
        {
            if (page is null || y < 480)
            {
                NewPage();
            }

            page!.Add(new PdfLine(text, 50, y, lineSize));
            y -= (lineSize * 1.4) + gapAfter;
        }

        NewPage();
        Line(Title, 16, paragraphGap);
        Line(Byline, size, paragraphGap);
        foreach (var paragraph in Paragraphs)
        {
            var lines = Wrap(paragraph);
            for (var i = 0; i < lines.Count; i++)
            {
                Line(lines[i], size, i == lines.Count - 1 ? paragraphGap : 0);
            }
        }

        Line(Chinese ? "参考文献" : "References", 13, paragraphGap);
        for (var i = 0; i < References.Count; i++)
        {
            var lines = Wrap($"[{i + 1}] {References[i]}");
            for (var j = 0; j < lines.Count; j++)
            {
                Line(lines[j], 9, j == lines.Count - 1 ? paragraphGap / 2 : 0);
            }
        }

        return UnicodePdf.Build(Title, [.. pages.Select(p => (IReadOnlyList<PdfLine>)p)]);
    }

    /// <summary>Lines of at most <see cref="LineWidth"/> characters: Chinese cut anywhere (inside words too), English at spaces or inside a long word with a hyphen.</summary>
    private List<string> Wrap(string paragraph)
    {
        var lines = new List<string>();
        if (Chinese)
        {
            for (var start = 0; start < paragraph.Length; start += LineWidth)
            {
                lines.Add(paragraph.Substring(start, Math.Min(LineWidth, paragraph.Length - start)));
            }

            return lines;
        }

        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length + 1 + word.Length <= LineWidth || line.Length == 0)
            {
                line.Append(line.Length == 0 ? string.Empty : " ").Append(word);
                continue;
            }

            // A word of eight letters or more is broken with a hyphen where the line ends, as a typesetter would.
            var room = LineWidth - line.Length - 2;
            if (word.Length >= 8 && room >= 4 && word.Length - room >= 3 && word.Take(room + 1).All(char.IsLetter))
            {
                lines.Add(line.Append(' ').Append(word.AsSpan(0, room)).Append('-').ToString());
                line.Clear().Append(word.AsSpan(room));
                continue;
            }

            lines.Add(line.ToString());
            line.Clear().Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
