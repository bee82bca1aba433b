namespace Roots.Tokens.Tests.Support;

/// <summary>
/// A fact that needs the tokenizer.json files <c>bench/tokens/install.sh</c> installs (too big to
/// commit); skipped with the install command when they are absent.
/// </summary>
internal sealed class TokenizerJsonFactAttribute : FactAttribute
{
    public TokenizerJsonFactAttribute()
    {
        if (ReferenceTokenizers.TokenizerJsonPackages.Values.Any(p => RepositoryPaths.TokenizerJson(p) is null))
        {
            Skip = ReferenceTokenizers.InstallHint;
        }
    }
}
