using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// A Hugging Face <c>tokenizer.json</c> (byte-level BPE: Qwen2/3, DeepSeek-V3, Llama 3) the library
/// counts with: <c>roots tokens --tokenizers NAME</c>, and a price's <c>tokenizer: NAME</c> for estimates.
/// </summary>
public sealed class TokenizerSettings
{
    /// <summary>What the user calls it (not a built-in name such as o200k).</summary>
    [YamlMember(Alias = "name")]
    public string Name { get; set; } = "";

    /// <summary>The tokenizer.json file, absolute or relative to the library folder; read on first use.</summary>
    [YamlMember(Alias = "path")]
    public string Path { get; set; } = "";
}
