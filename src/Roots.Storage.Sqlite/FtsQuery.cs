using System.Text;

namespace Roots.Storage.Sqlite;

/// <summary>Builds FTS5 MATCH expressions from analysed terms, quoting each so no term is read as syntax.</summary>
internal static class FtsQuery
{
    /// <summary>At most this many distinct terms are sent; longer queries keep their first terms.</summary>
    public const int MaxTerms = 64;

    /// <summary>An expression matching documents with any of <paramref name="terms"/>; null when there is none.</summary>
    public static string? AnyOf(IReadOnlyList<string> terms)
    {
        var builder = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string term in terms)
        {
            if (term.Length == 0 || !seen.Add(term) || seen.Count > MaxTerms)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(" OR ");
            }

            builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
