using System.Text;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>Escaping for BibTeX field values.</summary>
internal static class BibTexText
{
    /// <summary>
    /// Escapes the characters that are special to TeX (\ { } % &amp; # _ $ ~ ^) so a value reads
    /// as literal text and its braces always balance, and folds line breaks into spaces. Unicode
    /// text (Chinese) is kept as it is: BibTeX files are written as UTF-8 for biber/biblatex.
    /// </summary>
    public static string Escape(string? text)
    {
        string clean = CleanText.OneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (char c in clean)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '#' => @"\#",
                '_' => @"\_",
                '$' => @"\$",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A URL for the verbatim <c>url</c> field: read literally by biblatex, so only the braces
    /// (which must balance) and the backslash are percent-encoded. Validated URLs rarely hold any.
    /// </summary>
    public static string Url(string url) =>
        CleanText.OneLine(url).Replace("\\", "%5C", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
