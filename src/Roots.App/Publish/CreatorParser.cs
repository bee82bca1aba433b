using Roots.Core.Identifiers;
using Roots.Publish.Metadata;

namespace Roots.App.Publish;

/// <summary>
/// Reads the authors a source carried (<c>author</c>, <c>authors</c>, <c>creator</c>,
/// <c>citation_author</c> fields) into creators: names separated by <c>;</c>, <c> and </c>,
/// <c>、</c> or new lines; "Family, Given" splits into parts, anything else stays one literal
/// name (Chinese names, pen names) rather than being guessed apart.
/// </summary>
public static class CreatorParser
{
    private static readonly string[] s_fields = ["author", "authors", "creator", "citation_author", "dc.creator"];

    private static readonly string[] s_separators = [";", " and ", "、", "\n", " & "];

    /// <summary>The creators named in <paramref name="fields"/>; empty when none (the journal's defaults then apply).</summary>
    public static IReadOnlyList<Creator> FromFields(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (string name in s_fields)
        {
            if (fields.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                var creators = value.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Take(100).Select(Parse).ToList();
                // The ORCID iD printed with a one-name byline is that author's (StatementsStage).
                if (creators.Count == 1 && fields.TryGetValue("orcid", out string? orcid)
                    && Identifier.Create(IdentifierKind.Orcid, orcid) is { IsSuccess: true } id)
                {
                    creators[0] = creators[0] with { Orcid = id.Value };
                }

                return creators;
            }
        }

        return [];
    }

    private static Creator Parse(string name)
    {
        int comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && comma < name.Length - 1
            ? Creator.Person(name[..comma].Trim(), name[(comma + 1)..].Trim())
            : new Creator { LiteralName = name };
    }
}
