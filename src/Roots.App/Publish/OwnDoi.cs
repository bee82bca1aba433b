using System.Text.RegularExpressions;
using Roots.Core.Identifiers;

namespace Roots.App.Publish;

/// <summary>
/// Decides which DOI, if any, is the item's own. Conservative on purpose: an essay that cites
/// thirty papers contains thirty DOIs and owns none of them, and publishing one of those as the
/// essay's DOI would misattribute it in every catalogue that harvests the page.
/// </summary>
/// <remarks>
/// In order, the first that gives a valid DOI wins:
/// <list type="number">
/// <item>a field the source carried for exactly this purpose (<c>doi</c>, <c>citation_doi</c>,
/// <c>prism.doi</c>, <c>dc.identifier</c> — web pages' meta tags);</item>
/// <item>the item's own URL on <c>doi.org</c>;</item>
/// <item>a DOI labelled as such in the first lines of the text (<c>DOI: 10.…</c> or
/// <c>DOI: https://doi.org/10.…</c>, where journals print it under the title), and only when
/// exactly one distinct DOI is labelled there.</item>
/// </list>
/// Any other DOI in the text is a reference (exported as <c>References</c>), never the item's own.
/// </remarks>
public static partial class OwnDoi
{
    /// <summary>How much of the start of the text counts as "the first lines".</summary>
    public const int HeaderCharacters = 600;

    private static readonly string[] s_fields = ["doi", "citation_doi", "prism.doi", "dc.identifier", "dc.identifier.doi"];

    /// <summary>The item's own DOI, or <c>null</c>.</summary>
    public static Identifier? Find(IReadOnlyDictionary<string, string> fields, string? url, string text)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (string name in s_fields)
        {
            if (fields.TryGetValue(name, out string? value) && Parse(value) is { } fromField)
            {
                return fromField;
            }
        }

        if (url is not null && (url.Contains("://doi.org/", StringComparison.OrdinalIgnoreCase) || url.Contains("://dx.doi.org/", StringComparison.OrdinalIgnoreCase))
            && Parse(url) is { } fromUrl)
        {
            return fromUrl;
        }

        string header = (text ?? "").Length > HeaderCharacters ? text![..HeaderCharacters] : text ?? "";
        var labelled = Labelled().Matches(header).Select(m => Parse(m.Groups[1].Value)).OfType<Identifier>().Distinct().ToList();
        return labelled.Count == 1 ? labelled[0] : null;
    }

    private static Identifier? Parse(string value)
    {
        var doi = Identifier.Create(IdentifierKind.Doi, value.Trim().TrimEnd('.', ',', ';', '。'));
        return doi.IsSuccess ? doi.Value : null;
    }

    [GeneratedRegex(@"(?im)^\W{0,4}DOI\s*[:：]\s*((?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+)")]
    private static partial Regex Labelled();
}
