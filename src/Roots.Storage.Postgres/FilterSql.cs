using System.Text;
using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <summary>Turns an <see cref="ItemFilter"/> into a parameterised WHERE clause over the items table, as the SQLite store does.</summary>
internal static class FilterSql
{
    /// <summary>True when the filter has a condition (paging aside).</summary>
    public static bool HasConditions(ItemFilter filter) =>
        filter.Language is { Length: > 0 } || filter.Kind is { Length: > 0 } || filter.Since is not null || filter.Tags is { Count: > 0 }
        || filter.Category is { Length: > 0 };

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
        var conditions = new List<string>();
        if (filter.Language is { Length: > 0 } lang)
        {
            conditions.Add($"{alias}.lang = @f_lang");
            command.Parameters.AddWithValue("f_lang", lang.ToLowerInvariant());
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            conditions.Add($"{alias}.kind = @f_kind");
            command.Parameters.AddWithValue("f_kind", kind.ToLowerInvariant());
        }

        if (filter.Since is { } since)
        {
            conditions.Add($"{alias}.updated_at >= @f_since");
            command.Parameters.AddWithValue("f_since", since.ToUnixTimeMilliseconds());
        }

        for (int k = 0; filter.Tags is not null && k < filter.Tags.Count; k++)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM tags t WHERE t.item_id = {alias}.id AND t.tag = @f_tag{k})");
            command.Parameters.AddWithValue($"f_tag{k}", TagName.Normalize(filter.Tags[k]));
        }

        if (filter.Category is { Length: > 0 } category)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM categories c WHERE c.item_id = {alias}.id AND c.category = @f_category)");
            command.Parameters.AddWithValue("f_category", TagName.Normalize(category));
        }

        return conditions;
    }
}
