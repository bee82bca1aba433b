using System.Text.Json;

namespace Roots.Tokens.Tests.Support;

/// <summary>The committed reference counts (bench/tokens/references.mjs wrote them with npm tiktoken and @lenml/tokenizers).</summary>
internal static class ReferenceCounts
{
    public sealed record Sample(string Text, IReadOnlyDictionary<string, long> Counts);

    public static IReadOnlyList<Sample> Strings { get; } = File.ReadLines(RepositoryPaths.Fixture("strings.jsonl"))
        .Where(line => line.Length > 0)
        .Select(line => JsonSerializer.Deserialize<Sample>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
        .ToList();

    public static IReadOnlyDictionary<string, Dictionary<string, long>> Seeds { get; } =
        JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, long>>>(File.ReadAllText(RepositoryPaths.Fixture("seeds.json")))!;
}
