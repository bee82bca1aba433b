using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : ITranslationStore
{
    private const string TranslationColumns = "item_id, language, title, summary, keywords, source_sha256, provenance, created_at";

    /// <inheritdoc />
    public ValueTask<ItemTranslation?> GetTranslationAsync(long itemId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        using var select = Command($"SELECT {TranslationColumns} FROM translations WHERE item_id = $item AND language = $language");
        select.Parameters.AddWithValue("$item", itemId);
        select.Parameters.AddWithValue("$language", language);
        return ValueTask.FromResult(ReadTranslations(select).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask SaveTranslationAsync(ItemTranslation translation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(translation);
        using var insert = Command(
            $"INSERT OR REPLACE INTO translations ({TranslationColumns}) VALUES ($item, $language, $title, $summary, $keywords, $sha, $by, $at)");
        insert.Parameters.AddWithValue("$item", translation.ItemId);
        insert.Parameters.AddWithValue("$language", translation.Language);
        insert.Parameters.AddWithValue("$title", translation.Title);
        insert.Parameters.AddWithValue("$summary", translation.Summary);
        insert.Parameters.AddWithValue("$keywords", JsonSerializer.Serialize(translation.Keywords, StoreJson.Default.IReadOnlyCollectionString));
        insert.Parameters.AddWithValue("$sha", translation.SourceSha256);
        insert.Parameters.AddWithValue("$by", translation.By);
        insert.Parameters.AddWithValue("$at", translation.TranslatedAt.ToUnixTimeMilliseconds());
        insert.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> TranslationLanguagesAsync(long itemId, CancellationToken cancellationToken = default)
    {
        using var select = Command("SELECT language FROM translations WHERE item_id = $item ORDER BY language");
        select.Parameters.AddWithValue("$item", itemId);
        using var reader = select.ExecuteReader();
        var languages = new List<string>();
        while (reader.Read())
        {
            languages.Add(reader.GetString(0));
        }

        return ValueTask.FromResult<IReadOnlyList<string>>(languages);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ItemTranslation>> AllTranslationsAsync(CancellationToken cancellationToken = default)
    {
        using var select = Command($"SELECT {TranslationColumns} FROM translations ORDER BY item_id, language");
        return ValueTask.FromResult<IReadOnlyList<ItemTranslation>>(ReadTranslations(select));
    }

    private static List<ItemTranslation> ReadTranslations(SqliteCommand select)
    {
        using var reader = select.ExecuteReader();
        var rows = new List<ItemTranslation>();
        while (reader.Read())
        {
            var keywords = JsonSerializer.Deserialize(reader.GetString(4), StoreJson.Default.IReadOnlyCollectionString) ?? [];
            rows.Add(new ItemTranslation(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), [.. keywords],
                reader.GetString(5), reader.GetString(6), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return rows;
    }
}
