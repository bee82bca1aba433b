using System.Text.Json.Serialization;

namespace Roots.Storage.Postgres;

/// <summary>Source-generated JSON for the few JSON columns (no reflection at run time).</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class StoreJson : JsonSerializerContext;
