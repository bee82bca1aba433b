using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// The conditions an <see cref="ItemFilter"/> puts on the items table, written once for both stores:
/// each store says how it marks a parameter (<c>$name</c> in SQLite, <c>@name</c> in PostgreSQL) and binds
/// the values with its own command.
/// </summary>
public static class ItemFilterSql
{
    /// <summary>True when the filter has a condition (paging aside).</summary>
    public static bool HasConditions(ItemFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Language is { Length: > 0 } || filter.Kind is { Length: > 0 } || filter.Since is not null || filter.Tags is { Count: > 0 }
            || filter.Category is { Length: > 0 };
    }

    /// <summary>
    /// The SQL conditions of <paramref name="filter"/> over the items table aliased <paramref name="alias"/>,
    /// each naming its parameters as <paramref name="marker"/> + name; the names (without the marker) and
    /// values are added to <paramref name="parameters"/>.
    /// </summary>
    public static List<string> Conditions(ItemFilter filter, string alias, char marker, ICollection<KeyValuePair<string, object>> parameters)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(parameters);
        var conditions = new List<string>();
        string Bind(string name, object value)
        {
            parameters.Add(new(name, value));
            return marker + name;
        }

        if (filter.Language is { Length: > 0 } lang)
        {
            conditions.Add($"{alias}.lang = {Bind("f_lang", lang.ToLowerInvariant())}");
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            conditions.Add($"{alias}.kind = {Bind("f_kind", kind.ToLowerInvariant())}");
        }

        if (filter.Since is { } since)
        {
            conditions.Add($"{alias}.updated_at >= {Bind("f_since", since.ToUnixTimeMilliseconds())}");
        }

        for (int k = 0; filter.Tags is not null && k < filter.Tags.Count; k++)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM tags t WHERE t.item_id = {alias}.id AND t.tag = {Bind($"f_tag{k}", TagName.Normalize(filter.Tags[k]))})");
        }

        if (filter.Category is { Length: > 0 } category)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM categories c WHERE c.item_id = {alias}.id AND c.category = {Bind("f_category", TagName.Normalize(category))})");
        }

        return conditions;
    }
}
