using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IParagraphTranslationStore
{
    /// <summary>Hashes asked for in one statement: well under SQLite's limit on bound parameters.</summary>
    private const int ParagraphHashesPerQuery = 500;

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, ParagraphTranslation>> GetParagraphTranslationsAsync(
        string language, IReadOnlyCollection<string> sourceSha256s, string? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        ArgumentNullException.ThrowIfNull(sourceSha256s);
        var found = new Dictionary<string, ParagraphTranslation>(StringComparer.Ordinal);
        foreach (var chunk in sourceSha256s.Distinct(StringComparer.Ordinal).Chunk(ParagraphHashesPerQuery))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string hashes = string.Join(", ", chunk.Select((_, i) => $"$h{i}"));
            // Newest first, then by model: the first row of each hash is the one kept.
            using var select = Command(
                "SELECT language, source_sha256, model, text, created_at FROM paragraph_translations " +
                $"WHERE language = $language AND source_sha256 IN ({hashes}){(model is null ? "" : " AND model = $model")} " +
                "ORDER BY created_at DESC, model");
            select.Parameters.AddWithValue("$language", language);
            for (int i = 0; i < chunk.Length; i++)
            {
                select.Parameters.AddWithValue($"$h{i}", chunk[i]);
            }

            if (model is not null)
            {
                select.Parameters.AddWithValue("$model", model);
            }

            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var row = new ParagraphTranslation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
                found.TryAdd(row.SourceSha256, row);
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, ParagraphTranslation>>(found);
    }

    /// <inheritdoc />
    public ValueTask SaveParagraphTranslationsAsync(IReadOnlyList<ParagraphTranslation> translations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(translations);
        if (translations.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        using var transaction = _connection.BeginTransaction();
        using var insert = Command(
            "INSERT OR REPLACE INTO paragraph_translations (language, source_sha256, model, text, created_at) VALUES ($language, $sha, $model, $text, $at)",
            transaction);
        var language = insert.Parameters.Add("$language", SqliteType.Text);
        var sha = insert.Parameters.Add("$sha", SqliteType.Text);
        var model = insert.Parameters.Add("$model", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        foreach (var translation in translations)
        {
            ArgumentNullException.ThrowIfNull(translation);
            language.Value = translation.Language;
            sha.Value = translation.SourceSha256;
            model.Value = translation.Model;
            text.Value = translation.Text;
            at.Value = translation.TranslatedAt.ToUnixTimeMilliseconds();
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ParagraphTranslationLanguagesAsync(CancellationToken cancellationToken = default)
    {
        using var select = Command("SELECT DISTINCT language FROM paragraph_translations ORDER BY language");
        using var reader = select.ExecuteReader();
        var languages = new List<string>();
        while (reader.Read())
        {
            languages.Add(reader.GetString(0));
        }

        return ValueTask.FromResult<IReadOnlyList<string>>(languages);
    }
}
