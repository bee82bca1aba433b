using Roots.Core;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Tokens;

/// <summary>
/// Turns a user's <c>--tokenizers</c> list into tokenizers: built-in names and aliases
/// (<c>o200k,cl100k</c>), or <c>NAME=PATH</c> for a Hugging Face tokenizer.json.
/// </summary>
public static class TokenizerSelection
{
    /// <summary>What is counted when the user names no tokenizer: the encodings of today's and the previous OpenAI models.</summary>
    public static IReadOnlyList<string> Defaults { get; } = [TokenizerNames.O200kBase, TokenizerNames.Cl100kBase];

    /// <summary>The tokenizers <paramref name="list"/> names (comma-separated; null or empty for <see cref="Defaults"/>), in order, without repeats.</summary>
    /// <returns>A failure naming the first entry that is unknown or did not load.</returns>
    public static Result<IReadOnlyList<ITokenCounter>> Resolve(string? list, TokenizerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var entries = string.IsNullOrWhiteSpace(list)
            ? Defaults
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tokenizers = new List<ITokenCounter>();
        foreach (string entry in entries)
        {
            string name = entry;
            int equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = entry[..equals].Trim();
                if (!registry.AddTokenizerJson(name, entry[(equals + 1)..].Trim()))
                {
                    return Result<IReadOnlyList<ITokenCounter>>.Fail($"'{name}' is a built-in tokenizer; give the tokenizer.json another name");
                }
            }

            var tokenizer = registry.Get(name);
            if (!tokenizer.IsSuccess)
            {
                return Result<IReadOnlyList<ITokenCounter>>.Fail(tokenizer.Error!);
            }

            if (!tokenizers.Any(t => t.Name == tokenizer.Value.Name))
            {
                tokenizers.Add(tokenizer.Value);
            }
        }

        return tokenizers;
    }
}
