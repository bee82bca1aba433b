using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roots.Core;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// Reads a Hugging Face <c>tokenizer.json</c> into a <see cref="HuggingFaceTokenizer"/>. Only what
/// byte-level BPE needs is supported; anything else is refused with the reason, because a
/// tokenizer that silently ignores part of its definition would count wrong without saying so.
/// </summary>
internal static class TokenizerJsonReader
{
    private const RegexOptions PatternOptions = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>The regex of a ByteLevel pre-tokenizer with <c>use_regex</c> (GPT-2's).</summary>
    private const string Gpt2Pattern = @"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

    public static Result<HuggingFaceTokenizer> Read(string name, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return Result<HuggingFaceTokenizer>.Fail($"tokenizer file not found: {path}");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
            var result = Build(name, json.RootElement);
            return result.IsSuccess ? result : Result<HuggingFaceTokenizer>.Fail($"{path}: {result.Error}");
        }
        catch (JsonException e)
        {
            return Result<HuggingFaceTokenizer>.Fail($"{path}: not valid JSON ({e.Message})");
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return Result<HuggingFaceTokenizer>.Fail($"{path}: not a tokenizer.json this version reads ({e.Message})");
        }
    }

    private static Result<HuggingFaceTokenizer> Build(string name, JsonElement root)
    {
        if (!root.TryGetProperty("model", out var model) || Text(model, "type") is not ("BPE" or null))
        {
            return Result<HuggingFaceTokenizer>.Fail("only BPE models are supported");
        }

        if (!string.IsNullOrEmpty(Text(model, "continuing_subword_prefix")) || !string.IsNullOrEmpty(Text(model, "end_of_word_suffix")))
        {
            return Result<HuggingFaceTokenizer>.Fail("subword prefixes and suffixes are not supported (not a byte-level BPE)");
        }

        if (model.TryGetProperty("byte_fallback", out var fallback) && fallback.ValueKind == JsonValueKind.True)
        {
            return Result<HuggingFaceTokenizer>.Fail("byte_fallback BPE (SentencePiece style) is not supported");
        }

        var steps = new List<SplitStep>();
        bool byteLevel = false;
        string? preError = root.TryGetProperty("pre_tokenizer", out var pre) ? ReadPreTokenizer(pre, steps, ref byteLevel) : null;
        if (preError is not null)
        {
            return Result<HuggingFaceTokenizer>.Fail(preError);
        }

        if (!byteLevel)
        {
            return Result<HuggingFaceTokenizer>.Fail("the pre_tokenizer has no ByteLevel step (not a byte-level BPE)");
        }

        var forms = new List<NormalizationForm>();
        string? normError = root.TryGetProperty("normalizer", out var normalizer) ? ReadNormalizer(normalizer, forms) : null;
        if (normError is not null)
        {
            return Result<HuggingFaceTokenizer>.Fail(normError);
        }

        var bpe = ReadBpe(model);
        if (!bpe.IsSuccess)
        {
            return Result<HuggingFaceTokenizer>.Fail(bpe.Error!);
        }

        var added = root.TryGetProperty("added_tokens", out var tokens) && tokens.ValueKind == JsonValueKind.Array
            ? tokens.EnumerateArray().Select(t => Text(t, "content") ?? "").ToList()
            : [];
        return new HuggingFaceTokenizer(name, new AddedTokenMatcher(added), new TextNormalizer(forms), steps, bpe.Value);
    }

    private static string? ReadPreTokenizer(JsonElement pre, List<SplitStep> steps, ref bool byteLevel)
    {
        if (pre.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (Text(pre, "type"))
        {
            case "Sequence":
                foreach (var inner in pre.GetProperty("pretokenizers").EnumerateArray())
                {
                    string? error = ReadPreTokenizer(inner, steps, ref byteLevel);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                return null;
            case "ByteLevel":
                byteLevel = true;
                if (pre.TryGetProperty("add_prefix_space", out var prefix) && prefix.ValueKind == JsonValueKind.True)
                {
                    return "ByteLevel add_prefix_space is not supported";
                }

                if (!pre.TryGetProperty("use_regex", out var useRegex) || useRegex.ValueKind == JsonValueKind.True)
                {
                    steps.Add(new SplitStep(Compile(Gpt2Pattern)!, KeepMatches: true));
                }

                return null;
            case "Split":
                return ReadSplit(pre, steps);
            case var other:
                return $"pre-tokenizer '{other}' is not supported";
        }
    }

    private static string? ReadSplit(JsonElement split, List<SplitStep> steps)
    {
        if (split.TryGetProperty("invert", out var invert) && invert.ValueKind == JsonValueKind.True)
        {
            return "Split with invert is not supported";
        }

        string behavior = Text(split, "behavior") ?? "Isolated";
        if (behavior is not ("Isolated" or "Removed"))
        {
            return $"Split behaviour '{behavior}' is not supported";
        }

        var pattern = split.GetProperty("pattern");
        string? regex = Text(pattern, "Regex");
        string? literal = Text(pattern, "String");
        if (regex is null && literal is null)
        {
            return "Split without a pattern";
        }

        try
        {
            var compiled = Compile(regex ?? Regex.Escape(literal!));
            if (compiled is null)
            {
                return @"the Split pattern uses \S inside a character class, which is not supported";
            }

            steps.Add(new SplitStep(compiled, KeepMatches: behavior == "Isolated"));
            return null;
        }
        catch (ArgumentException e)
        {
            return $"the Split pattern does not compile in .NET: {e.Message}";
        }
    }

    private static Regex? Compile(string pattern) =>
        WhitespaceDialect.Translate(pattern) is { } translated ? new Regex(translated, PatternOptions) : null;

    private static string? ReadNormalizer(JsonElement normalizer, List<NormalizationForm> forms)
    {
        if (normalizer.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (Text(normalizer, "type"))
        {
            case "Sequence":
                foreach (var inner in normalizer.GetProperty("normalizers").EnumerateArray())
                {
                    string? error = ReadNormalizer(inner, forms);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                return null;
            case "NFC": forms.Add(NormalizationForm.FormC); return null;
            case "NFD": forms.Add(NormalizationForm.FormD); return null;
            case "NFKC": forms.Add(NormalizationForm.FormKC); return null;
            case "NFKD": forms.Add(NormalizationForm.FormKD); return null;
            case var other: return $"normalizer '{other}' is not supported";
        }
    }

    private static Result<ByteLevelBpe> ReadBpe(JsonElement model)
    {
        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in model.GetProperty("vocab").EnumerateObject())
        {
            vocab[entry.Name] = entry.Value.GetInt32();
        }

        var byteIds = new int[256];
        for (int b = 0; b < 256; b++)
        {
            if (!vocab.TryGetValue(ByteLevelAlphabet.Chars[b].ToString(), out byteIds[b]))
            {
                return Result<ByteLevelBpe>.Fail($"the vocabulary lacks byte 0x{b:X2} (not a byte-level BPE)");
            }
        }

        var merges = new Dictionary<long, ByteLevelBpe.Merge>();
        int rank = 0;
        foreach (var merge in model.GetProperty("merges").EnumerateArray())
        {
            var (left, right) = SplitMerge(merge);
            if (!vocab.TryGetValue(left, out int leftId) || !vocab.TryGetValue(right, out int rightId)
                || !vocab.TryGetValue(left + right, out int mergedId))
            {
                return Result<ByteLevelBpe>.Fail($"merge {rank} ('{left}' '{right}') names a token not in the vocabulary");
            }

            // A repeated pair keeps its last rank, as both reference implementations build their map.
            merges[ByteLevelBpe.Key(leftId, rightId)] = new ByteLevelBpe.Merge(rank, mergedId);
            rank++;
        }

        bool ignoreMerges = model.TryGetProperty("ignore_merges", out var ignore) && ignore.ValueKind == JsonValueKind.True;
        return new ByteLevelBpe(byteIds, merges, ignoreMerges ? vocab : null);
    }

    private static (string Left, string Right) SplitMerge(JsonElement merge)
    {
        if (merge.ValueKind == JsonValueKind.Array)
        {
            return (merge[0].GetString()!, merge[1].GetString()!);
        }

        string text = merge.GetString()!;
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? throw new FormatException($"merge '{text}' has no space") : (text[..space], text[(space + 1)..]);
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
