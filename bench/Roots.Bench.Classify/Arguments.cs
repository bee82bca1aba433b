using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Roots.Core.Classification;

namespace Roots.Bench.Classify;

/// <summary>The parsed command line.</summary>
internal sealed record Arguments(string Path, int Folds, int Seed, bool Json, TextClassifierTrainerOptions Options)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out Arguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        string? path = null;
        int folds = 5, seed = 42;
        bool json = false;
        var options = TextClassifierTrainerOptions.Default;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--folds" or "--seed" or "--epochs" or "--max-features" or "--nb-weight":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                    {
                        error = $"{args[i]} needs an integer";
                        return false;
                    }

                    switch (args[i])
                    {
                        case "--folds": folds = value; break;
                        case "--seed": seed = value; break;
                        case "--epochs": options = options with { Epochs = value }; break;
                        case "--max-features": options = options with { MaxFeatures = value }; break;
                        default: options = options with { NaiveBayesWeight = value }; break;
                    }

                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || path is not null)
                    {
                        error = $"unexpected argument '{args[i]}' (see --help)";
                        return false;
                    }

                    path = args[i];
                    break;
            }
        }

        if (path is null)
        {
            error = "a JSONL file is required (see --help)";
            return false;
        }

        parsed = new Arguments(path, folds, seed, json, options);
        error = null;
        return true;
    }
}
