using System.Text.Json.Serialization;

namespace Roots.Core.Ports;

/// <summary>
/// Source-generated JSON for the stores' few JSON columns (fields, keyword lists, key sets), written once for
/// both: SQLite and PostgreSQL keep the same JSON in them, so a library copied between them reads the same.
/// </summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
public sealed partial class StoreJson : JsonSerializerContext;
