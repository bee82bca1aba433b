using Roots.TestKit.Citation;

namespace Roots.Publish.Tests.Support;

/// <summary>A theory that needs the citation-js judge: skipped, saying why, without node or tests/judges/citation/node_modules.</summary>
public sealed class CitationJudgeTheoryAttribute : TheoryAttribute
{
    public CitationJudgeTheoryAttribute()
    {
        if (CitationJudge.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
