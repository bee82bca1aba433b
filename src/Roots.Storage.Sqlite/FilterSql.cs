using System.Text;
using Microsoft.Data.Sqlite;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

/// <summary>Turns an <see cref="ItemFilter"/> into a parameterised WHERE clause over the items table (<see cref="ItemFilterSql"/>, bound SQLite's way).</summary>
internal static class FilterSql
{
    /// <summary>Returns "WHERE …" (or an empty string) and binds its parameters on <paramref name="command"/>.</summary>
    public static string Build(ItemFilter filter, SqliteCommand command, string alias, string? leading = null)
    {
        var parameters = new List<KeyValuePair<string, object>>();
        var conditions = ItemFilterSql.Conditions(filter, alias, '$', parameters);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("$" + name, value);
        }

        if (leading is not null)
        {
            conditions.Insert(0, leading);
        }

        return conditions.Count == 0 ? "" : new StringBuilder("WHERE ").AppendJoin(" AND ", conditions).ToString();
    }
}
