using System.Text.Json.Serialization;

namespace Roots.Core.Classification;

/// <summary>The stored form of a <see cref="LibraryClassifier"/>: its models plus when and on how much it was trained.</summary>
/// <param name="Format">Bumped when the container changes; <see cref="CurrentFormat"/> is the only one read.</param>
/// <param name="TrainedAt">When it was trained.</param>
/// <param name="ItemCount">Labelled items it was trained on.</param>
/// <param name="Category">The category model, if any.</param>
/// <param name="Tags">One binary model per tag.</param>
internal sealed record LibraryModelJson(
    int Format,
    DateTimeOffset TrainedAt,
    int ItemCount,
    ClassifierModelJson? Category,
    Dictionary<string, ClassifierModelJson>? Tags)
{
    /// <summary>The container format this build writes and reads.</summary>
    public const int CurrentFormat = 1;
}

/// <summary>Source-generated JSON for stored library classifiers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LibraryModelJson))]
internal sealed partial class LibraryModelJsonContext : JsonSerializerContext;
