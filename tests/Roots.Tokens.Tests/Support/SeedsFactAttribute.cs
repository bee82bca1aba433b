namespace Roots.Tokens.Tests.Support;

/// <summary>A fact that needs the seed essays in <c>../shared/seeds</c>; skipped, saying so, without them.</summary>
internal sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute(bool needsTokenizerJson = false)
    {
        if (RepositoryPaths.Seeds is null)
        {
            Skip = "seed essays not found at ../shared/seeds beside the repository";
        }
        else if (needsTokenizerJson && ReferenceTokenizers.TokenizerJsonPackages.Values.Any(p => RepositoryPaths.TokenizerJson(p) is null))
        {
            Skip = ReferenceTokenizers.InstallHint;
        }
    }
}
