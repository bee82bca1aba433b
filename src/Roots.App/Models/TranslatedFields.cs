using System.Text.Json.Serialization;

namespace Roots.App.Models;

/// <summary>The fields sent to the model and read back from it, in JSON.</summary>
/// <param name="Title">The title.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Keywords">The keywords.</param>
internal sealed record TranslatedFields(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("keywords")] IReadOnlyList<string>? Keywords);

/// <summary>Source-generated JSON for <see cref="TranslatedFields"/>; non-ASCII kept as is, so Chinese costs no extra tokens as escapes.</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TranslatedFields))]
internal sealed partial class TranslationJson : JsonSerializerContext;
