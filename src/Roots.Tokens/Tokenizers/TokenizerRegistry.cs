using System.Collections.Concurrent;
using Roots.Core;
using Roots.Tokens.Tokenizers.HuggingFace;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// The tokenizers Roots can count with, by name: the built-in tiktoken encodings (o200k_base,
/// cl100k_base, p50k_base, r50k_base; aliases o200k, cl100k, p50k, r50k, gpt2) and any byte-level
/// BPE <c>tokenizer.json</c> registered under a name.
/// </summary>
/// <remarks>
/// Each tokenizer is created on first use (loading a vocabulary takes up to a second) and then
/// shared; creation runs once even when many threads ask at the same time. Thread-safe.
/// </remarks>
public sealed class TokenizerRegistry
{
    private readonly ConcurrentDictionary<string, Lazy<Result<ITokenCounter>>> _tokenizers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A registry of the built-in encodings.</summary>
    public TokenizerRegistry()
    {
        foreach (string name in TokenizerNames.BuiltIn)
        {
            _tokenizers[name] = Lazily(() => Result<ITokenCounter>.Ok(TiktokenCounter.Create(name)));
        }
    }

    /// <summary>The registry every caller shares unless it needs its own tokenizer.json names.</summary>
    public static TokenizerRegistry Shared { get; } = new();

    /// <summary>The canonical names known, built-in first.</summary>
    public IReadOnlyList<string> Names =>
        [.. TokenizerNames.BuiltIn, .. _tokenizers.Keys.Except(TokenizerNames.BuiltIn, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Registers the byte-level BPE <c>tokenizer.json</c> at <paramref name="path"/> as <paramref name="name"/>;
    /// it is read on first use. A built-in name cannot be replaced.
    /// </summary>
    /// <returns>False when <paramref name="name"/> is a built-in encoding or alias.</returns>
    public bool AddTokenizerJson(string name, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string canonical = TokenizerNames.Canonical(name);
        if (TokenizerNames.BuiltIn.Contains(canonical, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        string fullPath = Path.GetFullPath(path);
        _tokenizers[canonical] = Lazily(() => HuggingFaceTokenizer.Load(canonical, fullPath).Map(t => (ITokenCounter)t));
        return true;
    }

    /// <summary>The tokenizer called <paramref name="name"/>; a failure names the known ones, or says why a file did not load.</summary>
    public Result<ITokenCounter> Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string canonical = TokenizerNames.Canonical(name);
        if (_tokenizers.TryGetValue(canonical, out var tokenizer))
        {
            return tokenizer.Value;
        }

        return Result<ITokenCounter>.Fail($"unknown tokenizer '{name}'; known: {string.Join(", ", Names)}");
    }

    private static Lazy<Result<ITokenCounter>> Lazily(Func<Result<ITokenCounter>> create) =>
        new(create, LazyThreadSafetyMode.ExecutionAndPublication);
}
