using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roots.App.Models;

/// <summary>Source-generated JSON for the paragraph arrays of <see cref="BodyTranslationPrompts"/>.</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(string[]))]
internal sealed partial class BodyJson : JsonSerializerContext;
