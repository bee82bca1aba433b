using System.Text.Json.Serialization;
using Roots.Cli.Commands;

namespace Roots.Cli.Rendering;

/// <summary>A related item as <c>roots related --json</c> prints it.</summary>
public sealed record RelatedJson(long Id, string? ExternalId, string Title, double Score, string Via, string Lang);

/// <summary>A linked item as <c>roots show --json</c> prints it.</summary>
public sealed record LinkedJson(long Id, string Title, string Kind, string? Evidence);

/// <summary>Source-generated JSON for the connect and embed commands.</summary>
[JsonSerializable(typeof(List<RelatedJson>))]
[JsonSerializable(typeof(List<LinkedJson>))]
[JsonSerializable(typeof(EmbedReportJson))]
internal sealed partial class ConnectJson : JsonSerializerContext;
