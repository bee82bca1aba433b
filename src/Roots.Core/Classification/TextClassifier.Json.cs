using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Roots.Core.Classification;

public sealed partial class TextClassifier
{
    /// <summary>Writes Chinese terms as themselves rather than \u escapes (a third of the size); options given here replace the context's attribute.</summary>
    private static readonly ClassificationJsonContext _json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>
    /// The model as one JSON document, for a library to store beside its items. Numbers are
    /// single-precision floats (rounded to 1e-4 in training) written to round-trip exactly, so
    /// <see cref="FromJson"/> gives a model with identical predictions. Size: about 7 bytes per
    /// number, (labels + 1) numbers per feature: 1.1 MiB for BBC News (5 labels, 21k features),
    /// 7.4 MiB for 10,000 THUCNews headlines (10 labels, 84k features).
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(ToModel(), _json.ClassifierModelJson);

    /// <summary>The stored form, for containers that keep several models in one document.</summary>
    internal ClassifierModelJson ToModel() =>
        new(ClassifierModelJson.CurrentFormat, TitleWeight, _labels, _bias, _features.Terms, _features.Idf, _weights);

    /// <summary>Reads a model written by <see cref="ToJson"/>; never throws for bad input.</summary>
    /// <param name="json">The stored document.</param>
    /// <returns>The model, or a one-line reason it could not be read (malformed JSON, another format, inconsistent sizes).</returns>
    public static Result<TextClassifier> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ClassifierModelJson? model;
        try
        {
            model = JsonSerializer.Deserialize(json, _json.ClassifierModelJson);
        }
        catch (JsonException e)
        {
            return Result<TextClassifier>.Fail($"not a classifier model: {e.Message}");
        }

        return model is null ? Result<TextClassifier>.Fail("not a classifier model: empty document") : FromModel(model);
    }

    /// <summary>Checks a stored form and builds the model from it.</summary>
    internal static Result<TextClassifier> FromModel(ClassifierModelJson model)
    {
        if (model.Format != ClassifierModelJson.CurrentFormat)
        {
            return Result<TextClassifier>.Fail(
                $"classifier model format {model.Format} is not supported (expected {ClassifierModelJson.CurrentFormat}); retrain the model");
        }

        if (model is not { Labels: { } labels, Bias: { } bias, Terms: { } terms, Idf: { } idf, Weights: { } weights })
        {
            return Result<TextClassifier>.Fail("classifier model is incomplete: labels, bias, terms, idf and weights are required");
        }

        string? problem =
            labels.Length < 2 ? "fewer than two labels"
            : labels.Any(string.IsNullOrWhiteSpace) ? "a blank label"
            : labels.Distinct(StringComparer.Ordinal).Count() != labels.Length ? "duplicate labels"
            : terms.Any(t => t is null) || terms.Distinct(StringComparer.Ordinal).Count() != terms.Length ? "missing or duplicate terms"
            : model.TitleWeight is < 0 or > 10 ? "title weight outside [0, 10]"
            : bias.Length != labels.Length ? "bias does not have one value per label"
            : idf.Length != terms.Length ? "idf does not have one value per term"
            : (long)terms.Length * labels.Length != weights.Length ? "weights are not labels × terms"
            : !bias.Concat(idf).Concat(weights).All(float.IsFinite) ? "a number is not finite"
            : null;
        return problem is not null
            ? Result<TextClassifier>.Fail($"classifier model is inconsistent: {problem}")
            : new TextClassifier(labels, new FeatureSpace(terms, idf), weights, bias, model.TitleWeight);
    }
}
