using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>Options of <c>roots tokens</c>.</summary>
public sealed class TokensSettings : LibrarySettings
{
    /// <summary>Files, '-' for stdin, or item ids; with <see cref="Parallel"/>, the two aligned files.</summary>
    [CommandArgument(0, "[INPUT]")]
    [Description("Files, '-' for stdin (the default), or item ids (number or external id) from the library.")]
    public string[] Inputs { get; init; } = [];

    /// <summary>Read stdin ('-' on the command line means this; see CommandLine.Normalize).</summary>
    [CommandOption("--stdin")]
    [Description("Count stdin (same as giving '-').")]
    public bool Stdin { get; init; }

    /// <summary>The tokenizers to count with.</summary>
    [CommandOption("--tokenizers <LIST>")]
    [Description("Comma-separated: o200k, cl100k, p50k, r50k (default o200k,cl100k), or NAME=PATH for a tokenizer.json.")]
    public string? Tokenizers { get; init; }

    /// <summary>The models to price for.</summary>
    [CommandOption("--models <LIST>")]
    [Description("Comma-separated model names to price the text for, as input and as output (e.g. gpt-4o,deepseek-chat).")]
    public string? Models { get; init; }

    /// <summary>Compare two line-aligned files.</summary>
    [CommandOption("--parallel")]
    [Description("Language tax: INPUT is two line-aligned files A B; shows B's token premium over A per tokenizer.")]
    public bool Parallel { get; init; }

    /// <summary>The library's language tax, by meaning and per 1,000 characters.</summary>
    [CommandOption("--language-tax")]
    [Description("The library's language tax: per language, tokens for the same content as English (from its own translation pairs, else a bundled reference corpus), and tokens per 1,000 characters.")]
    public bool LanguageTax { get; init; }

    /// <summary>The inputs in order; stdin first when asked for, and alone when nothing else is given.</summary>
    public IReadOnlyList<string> InputNames => Stdin || Inputs.Length == 0 ? ["-", .. Inputs] : Inputs;

    /// <summary>The model names asked for, in order.</summary>
    public IReadOnlyList<string> ModelList =>
        Models?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Parallel && Inputs.Length != 2)
        {
            return ValidationResult.Error("--parallel needs exactly two files: A.txt B.txt");
        }

        if (LanguageTax && (Parallel || Inputs.Length > 0 || Stdin || Models is not null || Tokenizers is not null))
        {
            return ValidationResult.Error("--language-tax measures the library with the default tokenizers; it takes no INPUT, --parallel, --models or --tokenizers");
        }

        if (Parallel && Models is not null)
        {
            return ValidationResult.Error("--models does not apply to --parallel");
        }

        return Parallel && Stdin ? ValidationResult.Error("--parallel reads two files, not stdin") : ValidationResult.Success();
    }
}
