using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Rendering;

/// <summary>The JSON documents of <c>roots tokens</c>; field names are a contract, like <see cref="JsonOutput"/>'s.</summary>
public static class TokensJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        TypeInfoResolver = TokensJsonContext.Default,
    };

    /// <summary>Writes <paramref name="value"/> to stdout as one JSON document.</summary>
    public static void Write<T>(T value) =>
        Terminal.StdOut.WriteLine(JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))));
}

/// <summary><c>roots tokens --json</c>.</summary>
public sealed record TokenReportJson(string PricesAsOf, IReadOnlyList<TokenInputJson> Inputs);

/// <summary>One input.</summary>
public sealed record TokenInputJson(string Input, long Characters, IReadOnlyList<TokenCountJson> Tokens, IReadOnlyList<ModelCostJson> Models);

/// <summary>One tokenizer's count.</summary>
public sealed record TokenCountJson(string Tokenizer, long Tokens, double CharactersPerToken);

/// <summary>
/// One model's cost; <c>price</c> is <c>"known"</c> or <c>"unknown"</c>, and the amounts are absent when unknown (never 0).
/// </summary>
public sealed record ModelCostJson(
    string Model, string Tokenizer, bool Approximate, long Tokens, string Price, string? Currency, decimal? InputCost, decimal? OutputCost);

/// <summary><c>roots tokens --parallel --json</c>.</summary>
public sealed record LanguageTaxJson(
    string A, string B, int Lines, int LinesCompared, long CharactersA, long CharactersB, IReadOnlyList<LanguageTaxRowJson> Tokenizers);

/// <summary>One tokenizer's premium of B over A.</summary>
public sealed record LanguageTaxRowJson(
    string Tokenizer, long TokensA, long TokensB, double Premium, double? MedianLinePremium, double CharactersPerTokenA, double CharactersPerTokenB);

/// <summary><c>roots tokens --language-tax --json</c>: the library's language tax, by meaning first.</summary>
/// <param name="Basis">What the by-meaning figures were measured on, in one line.</param>
/// <param name="ByMeaning">Per language (English aside) and tokenizer.</param>
/// <param name="PerCharacters">Per language and tokenizer: tokens per 1,000 characters.</param>
public sealed record LanguageTaxOverviewJson(string Basis, IReadOnlyList<MeaningTaxLineJson> ByMeaning, IReadOnlyList<LanguageTaxLineJson> PerCharacters);

/// <summary>One language's tax by meaning under one tokenizer; <c>basis</c> is <c>library</c> or <c>reference</c>.</summary>
public sealed record MeaningTaxLineJson(
    string Language, string Tokenizer, string Basis, int Pairs, int ParagraphAlignedPairs, long Tokens, long EnglishTokens,
    double TokensPerEnglishToken, double? MedianSegmentRatio, double? TokensPerThousandCharacters);

/// <summary>One language's tokens per 1,000 characters under one tokenizer.</summary>
public sealed record LanguageTaxLineJson(string Language, string Tokenizer, int Items, long Characters, long Tokens, double TokensPerThousandCharacters);

/// <summary>Source-generated serialisers for the tokens documents.</summary>
[JsonSerializable(typeof(LanguageTaxOverviewJson))]
[JsonSerializable(typeof(TokenReportJson))]
[JsonSerializable(typeof(LanguageTaxJson))]
internal sealed partial class TokensJsonContext : JsonSerializerContext;
