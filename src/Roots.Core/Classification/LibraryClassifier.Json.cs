using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Roots.Core.Classification;

public sealed partial class LibraryClassifier
{
    /// <summary>Chinese terms as themselves, not \u escapes.</summary>
    private static readonly LibraryModelJsonContext _json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>The classifier as one JSON document (each model as <see cref="TextClassifier.ToJson"/> writes it), with its training date and size.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new LibraryModelJson(
            LibraryModelJson.CurrentFormat, TrainedAt, ItemCount, _category?.ToModel(),
            _tags.ToDictionary(t => t.Key, t => t.Value.ToModel(), StringComparer.Ordinal)),
        _json.LibraryModelJson);

    /// <summary>Reads a classifier written by <see cref="ToJson"/>; never throws for bad input.</summary>
    /// <returns>The classifier, or a one-line reason it could not be read.</returns>
    public static Result<LibraryClassifier> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        LibraryModelJson? stored;
        try
        {
            stored = JsonSerializer.Deserialize(json, _json.LibraryModelJson);
        }
        catch (JsonException e)
        {
            return Result<LibraryClassifier>.Fail($"not a library classifier: {e.Message}");
        }

        if (stored is null || stored.Format != LibraryModelJson.CurrentFormat)
        {
            return Result<LibraryClassifier>.Fail("the stored classifier has another format; run roots classify train");
        }

        TextClassifier? category = null;
        if (stored.Category is { } categoryModel)
        {
            var read = TextClassifier.FromModel(categoryModel);
            if (!read.IsSuccess)
            {
                return Result<LibraryClassifier>.Fail($"category model: {read.Error}");
            }

            category = read.Value;
        }

        var tags = new List<KeyValuePair<string, TextClassifier>>();
        foreach (var (tag, model) in stored.Tags ?? [])
        {
            var read = TextClassifier.FromModel(model);
            if (!read.IsSuccess || !read.Value.Labels.Contains(Positive))
            {
                return Result<LibraryClassifier>.Fail($"model of tag '{tag}': {read.Error ?? "not a binary tag model"}");
            }

            tags.Add(new(tag, read.Value));
        }

        return new LibraryClassifier(category, tags, stored.TrainedAt, stored.ItemCount);
    }
}
