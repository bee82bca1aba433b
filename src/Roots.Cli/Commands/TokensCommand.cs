using Roots.App;
using Roots.App.Configuration;
using Roots.App.Tokens;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Roots.Core;
using Roots.Tokens.Pricing;
using Roots.Tokens.Tokenizers;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots tokens [FILE|-|ID...] [--tokenizers LIST] [--models LIST] [--json]</c>: token counts,
/// characters per token and model costs; <c>roots tokens --parallel A B</c>: the language tax of two
/// aligned files; <c>roots tokens --language-tax</c>: the library's language tax by meaning.
/// Files and stdin need no library; item ids open the library.
/// </summary>
public sealed class TokensCommand : AsyncCommand<TokensSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, TokensSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.LanguageTax)
        {
            return await LanguageTaxAsync(settings, cancellationToken).ConfigureAwait(false);
        }

        // The library's roots.yaml, when there is one, adds its tokenizer.json files and its prices.
        string directory = LibraryLocation.Resolve(settings.Library, settings.Engine?.Variable);
        var config = LibraryConfigFile.Load(directory);
        var registry = config.IsSuccess ? config.Value.TokenizerRegistry(directory) : new TokenizerRegistry();
        var prices = config.IsSuccess ? PriceBook.Default.WithOverrides(config.Value.Prices.Select(p => p.ToOverride())) : PriceBook.Default;
        var tokenizers = TokenizerSelection.Resolve(settings.Tokenizers, registry);
        if (!tokenizers.IsSuccess)
        {
            // A name nobody declared is a usage error; a declared tokenizer.json that is missing or broken is not.
            Terminal.Error(tokenizers.Error!);
            bool unknownName = tokenizers.Error!.StartsWith("unknown tokenizer", StringComparison.Ordinal) || tokenizers.Error.Contains("is a built-in tokenizer", StringComparison.Ordinal);
            return unknownName ? ExitCodes.Usage : ExitCodes.Failure;
        }

        if (settings.Parallel)
        {
            var tax = LanguageTaxRun.Run(settings.Inputs[0], settings.Inputs[1], tokenizers.Value);
            if (!tax.IsSuccess)
            {
                Terminal.Error(tax.Error!);
                return ExitCodes.Failure;
            }

            TokenReportRenderer.Render(tax.Value, settings.Inputs[0], settings.Inputs[1], settings.Json);
            return ExitCodes.Success;
        }

        var inputs = await ReadInputsAsync(settings, cancellationToken).ConfigureAwait(false);
        if (!inputs.IsSuccess)
        {
            Terminal.Error(inputs.Error!);
            return ExitCodes.Failure;
        }

        var report = TokenCounting.Build(inputs.Value, tokenizers.Value, settings.ModelList, registry, prices);
        TokenReportRenderer.Render(report, settings.Json);
        return ExitCodes.Success;
    }

    private static async Task<int> LanguageTaxAsync(TokensSettings settings, CancellationToken cancellationToken)
    {
        var opened = settings.OpenLibrary();
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var library = opened.Value;
        var overview = await library.TokenCounts.LanguageTaxOverviewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        TokenReportRenderer.Render(overview, settings.Json);
        return ExitCodes.Success;
    }

    /// <summary>Files and '-' are read directly; anything else is an item id, so the library opens only when one is given.</summary>
    private static async Task<Result<IReadOnlyList<TokenInput>>> ReadInputsAsync(TokensSettings settings, CancellationToken cancellationToken)
    {
        var inputs = new List<TokenInput>();
        Library? library = null;
        try
        {
            foreach (string name in settings.InputNames)
            {
                if (name == "-")
                {
                    inputs.Add(await TokenInputs.FromReaderAsync(Terminal.StdIn, cancellationToken).ConfigureAwait(false));
                    continue;
                }

                if (File.Exists(name) || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
                {
                    var file = TokenInputs.FromFile(name);
                    if (!file.IsSuccess)
                    {
                        return Result<IReadOnlyList<TokenInput>>.Fail(file.Error!);
                    }

                    inputs.Add(file.Value);
                    continue;
                }

                if (library is null)
                {
                    var opened = settings.OpenLibrary();
                    if (!opened.IsSuccess)
                    {
                        return Result<IReadOnlyList<TokenInput>>.Fail($"'{name}' is not a file, and no library to find it as an item id in: {opened.Error}");
                    }

                    library = opened.Value;
                }

                var item = await library.TokenCounts.TokenInputAsync(name, cancellationToken).ConfigureAwait(false);
                if (item is null)
                {
                    return Result<IReadOnlyList<TokenInput>>.Fail($"'{name}' is neither a file nor an item in {library.Directory}; list items with: roots list");
                }

                inputs.Add(item);
            }

            return inputs;
        }
        finally
        {
            library?.Dispose();
        }
    }
}
