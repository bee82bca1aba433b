using System.Text;

namespace Roots.Core.Analysis;

/// <summary>Collects tokens as a space-separated string, the form the full-text index stores.</summary>
public struct SpaceJoinedSink(StringBuilder builder) : ITokenSink
{
    /// <summary>The number of tokens written.</summary>
    public int Count { get; private set; }

    /// <inheritdoc />
    public void Add(ReadOnlySpan<char> token)
    {
        if (Count++ > 0)
        {
            builder.Append(' ');
        }

        builder.Append(token);
    }
}

/// <summary>Collects tokens into a list of strings.</summary>
public readonly struct ListSink(List<string> tokens) : ITokenSink
{
    /// <inheritdoc />
    public void Add(ReadOnlySpan<char> token) => tokens.Add(token.ToString());
}

/// <summary>Discards every token: for an analysis whose second sink nobody reads.</summary>
public readonly struct NoTokens : ITokenSink
{
    /// <inheritdoc />
    public void Add(ReadOnlySpan<char> token)
    {
    }
}
