namespace Roots.Core.Analysis;

/// <summary>Receives the tokens the <see cref="TextAnalyzer"/> emits, in text order.</summary>
/// <remarks>A struct sink passed by reference avoids an allocation per token on the hot path.</remarks>
public interface ITokenSink
{
    /// <summary>Receives one analysed token (normalised, stemmed or segmented).</summary>
    void Add(ReadOnlySpan<char> token);
}
