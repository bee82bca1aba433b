using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : ITranslationStore
{
    private const string TranslationColumns = "item_id, language, title, summary, keywords, source_sha256, provenance, created_at";

    /// <inheritdoc />
    public async ValueTask<ItemTranslation?> GetTranslationAsync(long itemId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        await using var select = Command($"SELECT {TranslationColumns} FROM translations WHERE item_id = @item AND language = @language",
            null, ("item", itemId), ("language", language));
        var rows = await ListAsync(select, ReadTranslation, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async ValueTask SaveTranslationAsync(ItemTranslation translation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(translation);
        await ExecuteAsync(
            $"""
            INSERT INTO translations ({TranslationColumns}) VALUES (@item, @language, @title, @summary, @keywords, @sha, @by, @at)
            ON CONFLICT (item_id, language) DO UPDATE SET title = excluded.title, summary = excluded.summary, keywords = excluded.keywords,
                source_sha256 = excluded.source_sha256, provenance = excluded.provenance, created_at = excluded.created_at
            """, null, cancellationToken,
            ("item", translation.ItemId), ("language", translation.Language), ("title", Clean(translation.Title)), ("summary", Clean(translation.Summary)),
            ("keywords", translation.Keywords.Select(k => Clean(k)!).ToArray()), ("sha", translation.SourceSha256), ("by", translation.By),
            ("at", translation.TranslatedAt.ToUnixTimeMilliseconds())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> TranslationLanguagesAsync(long itemId, CancellationToken cancellationToken = default)
    {
        await using var select = Command("SELECT language FROM translations WHERE item_id = @item ORDER BY language COLLATE \"C\"", null, ("item", itemId));
        return await ListAsync(select, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ItemTranslation>> AllTranslationsAsync(CancellationToken cancellationToken = default)
    {
        await using var select = Command($"SELECT {TranslationColumns} FROM translations ORDER BY item_id, language COLLATE \"C\"");
        return await ListAsync(select, ReadTranslation, cancellationToken).ConfigureAwait(false);
    }

    private static ItemTranslation ReadTranslation(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<string[]>(4),
            reader.GetString(5), reader.GetString(6), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)));
}
