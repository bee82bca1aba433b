using System.Text;
using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

/// <summary>Turns an <see cref="ItemFilter"/> into a parameterised WHERE clause over the items table.</summary>
internal static class FilterSql
{
    /// <summary>Returns "WHERE …" (or an empty string) and binds its parameters on <paramref name="command"/>.</summary>
    public static string Build(ItemFilter filter, SqliteCommand command, string alias, string? leading = null)
    {
        var conditions = new List<string>();
        if (leading is not null)
        {
            conditions.Add(leading);
        }

        if (filter.Language is { Length: > 0 } lang)
        {
            conditions.Add($"{alias}.lang = $lang");
            command.Parameters.AddWithValue("$lang", lang.ToLowerInvariant());
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            conditions.Add($"{alias}.kind = $kind");
            command.Parameters.AddWithValue("$kind", kind.ToLowerInvariant());
        }

        if (filter.Since is { } since)
        {
            conditions.Add($"{alias}.updated_at >= $since");
            command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        }

        for (int k = 0; filter.Tags is not null && k < filter.Tags.Count; k++)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM tags t WHERE t.item_id = {alias}.id AND t.tag = $tag{k})");
            command.Parameters.AddWithValue($"$tag{k}", TagName.Normalize(filter.Tags[k]));
        }

        if (filter.Category is { Length: > 0 } category)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM categories c WHERE c.item_id = {alias}.id AND c.category = $category)");
            command.Parameters.AddWithValue("$category", TagName.Normalize(category));
        }

        return conditions.Count == 0 ? "" : new StringBuilder("WHERE ").AppendJoin(" AND ", conditions).ToString();
    }
}
