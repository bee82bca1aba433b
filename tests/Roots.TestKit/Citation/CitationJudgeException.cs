namespace Roots.TestKit.Citation;

/// <summary>citation-js could not read the input (or held no record in it): the message is its one-line reason.</summary>
public sealed class CitationJudgeException : Exception
{
    /// <summary>An exception carrying the judge's reason.</summary>
    public CitationJudgeException(string message)
        : base(message)
    {
    }

    /// <summary>An exception carrying the judge's reason and what caused it.</summary>
    public CitationJudgeException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>An exception with no reason given (for serializers and analyzers).</summary>
    public CitationJudgeException()
    {
    }
}
