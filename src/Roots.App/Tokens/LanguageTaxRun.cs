using Roots.Core;
using Roots.Tokens.LanguageTax;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Tokens;

/// <summary><c>roots tokens --parallel A B</c>: reads two line-aligned files and measures B's token premium over A.</summary>
public static class LanguageTaxRun
{
    /// <summary>The report, or why the files cannot be compared (missing, unreadable, not line-aligned).</summary>
    public static Result<LanguageTaxReport> Run(string pathA, string pathB, IReadOnlyList<ITokenCounter> tokenizers)
    {
        var a = TokenInputs.FromFile(pathA);
        if (!a.IsSuccess)
        {
            return Result<LanguageTaxReport>.Fail(a.Error!);
        }

        var b = TokenInputs.FromFile(pathB);
        if (!b.IsSuccess)
        {
            return Result<LanguageTaxReport>.Fail(b.Error!);
        }

        return LanguageTaxReport.Build(a.Value.Text, b.Value.Text, tokenizers);
    }
}
