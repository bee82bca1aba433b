using Roots.TestKit.Citation;

namespace Roots.Publish.Tests.Support;

/// <summary>A fact that needs the citation-js judge: skipped, saying why, without node or tests/judges/citation/node_modules.</summary>
public sealed class CitationJudgeFactAttribute : FactAttribute
{
    public CitationJudgeFactAttribute()
    {
        if (CitationJudge.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
