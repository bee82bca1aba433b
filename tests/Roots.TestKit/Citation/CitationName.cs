using System.Text.Json;

namespace Roots.TestKit.Citation;

/// <summary>A CSL name as citation-js read it: family and given parts, or one literal string.</summary>
/// <param name="Family">The <c>family</c> part; null when absent.</param>
/// <param name="Given">The <c>given</c> part; null when absent.</param>
/// <param name="Literal">The <c>literal</c> name (an organisation); null when absent.</param>
public sealed record CitationName(string? Family, string? Given, string? Literal)
{
    /// <summary>
    /// The name as one string whichever way it was read: an organisation written as a braced
    /// BibTeX name comes back as a family name alone, from CSL-JSON as a literal.
    /// </summary>
    public string Whole => Literal ?? (Given is null ? Family ?? "" : Family is null ? Given : Given + " " + Family);

    internal static CitationName FromJson(JsonElement name) => new(
        CitationRecord.StringOrNull(name, "family"),
        CitationRecord.StringOrNull(name, "given"),
        CitationRecord.StringOrNull(name, "literal"));
}
