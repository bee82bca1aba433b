using System.Text;
using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <summary>Turns an <see cref="ItemFilter"/> into a parameterised WHERE clause over the items table (<see cref="ItemFilterSql"/>, bound Npgsql's way).</summary>
internal static class FilterSql
{
    /// <summary>True when the filter has a condition (paging aside).</summary>
    public static bool HasConditions(ItemFilter filter) => ItemFilterSql.HasConditions(filter);

    /// <summary>Returns "WHERE …" (or an empty string) and binds its parameters on <paramref name="command"/>.</summary>
    public static string Build(ItemFilter filter, NpgsqlCommand command, string alias, string? leading = null)
    {
        var conditions = Conditions(filter, command, alias);
        if (leading is not null)
        {
            conditions.Insert(0, leading);
        }

        return conditions.Count == 0 ? "" : new StringBuilder("WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    /// <summary>The conditions alone, each binding its parameters on <paramref name="command"/>.</summary>
    public static List<string> Conditions(ItemFilter filter, NpgsqlCommand command, string alias)
    {
        var parameters = new List<KeyValuePair<string, object>>();
        var conditions = ItemFilterSql.Conditions(filter, alias, '@', parameters);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return conditions;
    }
}
