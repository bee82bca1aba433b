using Npgsql;
using NpgsqlTypes;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : IParagraphTranslationStore
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, ParagraphTranslation>> GetParagraphTranslationsAsync(
        string language, IReadOnlyCollection<string> sourceSha256s, string? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        ArgumentNullException.ThrowIfNull(sourceSha256s);
        var found = new Dictionary<string, ParagraphTranslation>(StringComparer.Ordinal);
        if (sourceSha256s.Count == 0)
        {
            return found;
        }

        // One array parameter holds any number of hashes. Newest first, then by model: the first row of each hash is the one kept.
        await using var select = Command(
            "SELECT language, source_sha256, model, text, created_at FROM paragraph_translations " +
            $"WHERE language = @language AND source_sha256 = ANY(@hashes){(model is null ? "" : " AND model = @model")} " +
            "ORDER BY created_at DESC, model COLLATE \"C\"",
            null, [("language", language), ("hashes", sourceSha256s.Distinct(StringComparer.Ordinal).ToArray()), .. model is null ? [] : new[] { ("model", (object?)model) }]);
        foreach (var row in await ListAsync(select, ReadParagraphTranslation, cancellationToken).ConfigureAwait(false))
        {
            found.TryAdd(row.SourceSha256, row);
        }

        return found;
    }

    /// <inheritdoc />
    public async ValueTask SaveParagraphTranslationsAsync(IReadOnlyList<ParagraphTranslation> translations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(translations);
        if (translations.Count == 0)
        {
            return;
        }

        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = Command(
            """
            INSERT INTO paragraph_translations (language, source_sha256, model, text, created_at) VALUES (@language, @sha, @model, @text, @at)
            ON CONFLICT (language, source_sha256, model) DO UPDATE SET text = excluded.text, created_at = excluded.created_at
            """, tx);
        var language = insert.Parameters.Add("language", NpgsqlDbType.Text);
        var sha = insert.Parameters.Add("sha", NpgsqlDbType.Text);
        var model = insert.Parameters.Add("model", NpgsqlDbType.Text);
        var text = insert.Parameters.Add("text", NpgsqlDbType.Text);
        var at = insert.Parameters.Add("at", NpgsqlDbType.Bigint);
        foreach (var translation in translations)
        {
            ArgumentNullException.ThrowIfNull(translation);
            language.Value = translation.Language;
            sha.Value = translation.SourceSha256;
            model.Value = translation.Model;
            text.Value = Clean(translation.Text)!;
            at.Value = translation.TranslatedAt.ToUnixTimeMilliseconds();
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ParagraphTranslationLanguagesAsync(CancellationToken cancellationToken = default)
    {
        await using var select = Command("SELECT DISTINCT language COLLATE \"C\" AS language FROM paragraph_translations ORDER BY 1");
        return await ListAsync(select, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    private static ParagraphTranslation ReadParagraphTranslation(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
}
