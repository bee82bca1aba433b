using System.Text.Json.Serialization;

namespace Roots.Core.Classification;

/// <summary>Source-generated (reflection-free, trimming-safe) JSON for stored models.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ClassifierModelJson))]
internal sealed partial class ClassificationJsonContext : JsonSerializerContext;
