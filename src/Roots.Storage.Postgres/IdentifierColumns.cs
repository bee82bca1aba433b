using Roots.Core.Identifiers;

namespace Roots.Storage.Postgres;

/// <summary>How identifier kinds are spelled in the database: the scheme names users type (doi, issn …).</summary>
internal static class IdentifierColumns
{
    public static string KindName(IdentifierKind kind) => kind.ToString().ToLowerInvariant();

    public static IdentifierKind? KindOf(string name) =>
        Enum.TryParse<IdentifierKind>(name, ignoreCase: true, out var kind) ? kind : null;
}
