using System.Globalization;
using System.Text.RegularExpressions;

namespace Roots.Core.Identifiers;

/// <summary>
/// Validates and normalises arXiv identifiers, in both schemes arXiv has used.
/// </summary>
/// <remarks>
/// <para>New style (April 2007 on): <c>YYMM.NNNN</c> up to December 2014 and <c>YYMM.NNNNN</c>
/// from January 2015, optionally followed by a version <c>vN</c>. The month must be 01–12 and the
/// number of digits must fit the month, as arXiv's own rules say; that keeps a decimal such as
/// <c>2013.5</c> or <c>1999.12345</c> from passing as an identifier.</para>
/// <para>Old style (August 1991 to March 2007): <c>archive(.SUBJ)/YYMMNNN</c>, for instance
/// <c>hep-th/9901001</c> or <c>math.GT/0309136</c>. Numbers were assigned per archive, so the
/// subject class is not part of the identity: it is dropped (<c>math/0309136</c>, the form arXiv
/// itself resolves and cites), and the archive must be one arXiv actually had.</para>
/// </remarks>
public static partial class ArxivId
{
    private static readonly string[] s_urlPrefixes = BuildUrlPrefixes();

    private static readonly HashSet<string> s_oldArchives = new(StringComparer.Ordinal)
    {
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
        "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
        "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
        "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con",
    };

    /// <summary>
    /// Normalises an arXiv identifier written bare (<c>2101.00001</c>, <c>hep-th/9901001</c>), with
    /// a label (<c>arXiv:2101.00001v2</c>) or as an abstract or PDF URL
    /// (<c>https://arxiv.org/abs/2101.00001</c>, <c>https://arxiv.org/pdf/2101.00001v2.pdf</c>).
    /// </summary>
    /// <param name="input">The identifier as written.</param>
    /// <returns>
    /// The identifier without label or URL, version kept when given (lower-case v); an old-style
    /// identifier as <c>archive/YYMMNNN</c>; or a one-line reason.
    /// </returns>
    public static Result<string> Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string>.Fail("no arXiv identifier given: expected something like 2101.00001");
        }

        if (input.Length > IdentifierText.MaxInputLength)
        {
            return Result<string>.Fail("an arXiv identifier is at most a few dozen characters");
        }

        var text = input.AsSpan().Trim();
        IdentifierText.TryStripLabel(ref text, "arXiv");
        var withoutUrl = IdentifierText.StripPrefix(text, s_urlPrefixes);
        if (withoutUrl.Length != text.Length)
        {
            int end = withoutUrl.IndexOfAny('?', '#');
            text = (end >= 0 ? withoutUrl[..end] : withoutUrl).TrimEnd('/');
            if (text.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^4];
            }
        }

        string id = text.ToString();
        var match = NewStyle().Match(id);
        if (match.Success)
        {
            return NormalizeNewStyle(match, id);
        }

        match = OldStyle().Match(id);
        if (match.Success)
        {
            return NormalizeOldStyle(match, id);
        }

        return Result<string>.Fail($"'{IdentifierText.Quote(id)}' is not an arXiv identifier: expected YYMM.NNNNN or archive/YYMMNNN");
    }

    /// <summary>True when <paramref name="input"/> normalises to a valid arXiv identifier (see <see cref="Normalize"/>).</summary>
    public static bool IsValid(string input) => Normalize(input).IsSuccess;

    private static Result<string> NormalizeNewStyle(Match match, string id)
    {
        int yymm = int.Parse(match.Groups["yymm"].ValueSpan, CultureInfo.InvariantCulture);
        int month = yymm % 100;
        if (month is < 1 or > 12)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(id)}' is not an arXiv identifier: {month:00} is not a month");
        }

        if (yymm < 704)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(id)}' is not an arXiv identifier: the YYMM.NNNNN scheme began in April 2007 (0704)");
        }

        int digits = match.Groups["number"].Length;
        int expected = yymm <= 1412 ? 4 : 5;
        if (digits != expected)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(id)}' is not an arXiv identifier: identifiers from {yymm:0000} have {expected} digits after the dot");
        }

        return string.Concat(match.Groups["yymm"].ValueSpan, ".", match.Groups["number"].ValueSpan, Version(match));
    }

    private static Result<string> NormalizeOldStyle(Match match, string id)
    {
        string archive = match.Groups["archive"].Value.ToLowerInvariant();
        if (!s_oldArchives.Contains(archive))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(id)}' is not an arXiv identifier: {archive} is not an arXiv archive");
        }

        int yy = int.Parse(match.Groups["yy"].ValueSpan, CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["mm"].ValueSpan, CultureInfo.InvariantCulture);
        int yearMonth = ((yy >= 91 ? 1900 : 2000) + yy) * 100 + month;
        if (month is < 1 or > 12 || yearMonth < 199108 || yearMonth > 200703)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(id)}' is not an arXiv identifier: old-style identifiers run from 9108 to 0703");
        }

        return string.Concat(archive, "/", match.Groups["yymmnnn"].ValueSpan, Version(match));
    }

    private static string Version(Match match) =>
        match.Groups["version"].Success ? "v" + match.Groups["version"].Value : "";

    private static string[] BuildUrlPrefixes()
    {
        var prefixes = new List<string>();
        foreach (string scheme in new[] { "https://", "http://", "" })
        {
            foreach (string host in new[] { "arxiv.org", "www.arxiv.org", "export.arxiv.org" })
            {
                prefixes.Add(scheme + host + "/abs/");
                prefixes.Add(scheme + host + "/pdf/");
            }
        }

        return [.. prefixes];
    }

    [GeneratedRegex(@"^(?<yymm>[0-9]{4})\.(?<number>[0-9]{4,5})(?:[vV](?<version>[1-9][0-9]{0,3}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NewStyle();

    [GeneratedRegex(@"^(?<archive>[a-zA-Z]+(?:-[a-zA-Z]+)?)(?:\.[a-zA-Z]{2,5}(?:-[a-zA-Z]{2,5})?)?/(?<yymmnnn>(?<yy>[0-9]{2})(?<mm>[0-9]{2})[0-9]{3})(?:[vV](?<version>[1-9][0-9]{0,3}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex OldStyle();
}
