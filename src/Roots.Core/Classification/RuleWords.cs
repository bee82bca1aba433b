using Roots.Core.Analysis;

namespace Roots.Core.Classification;

/// <summary>
/// The alphabetic words of a text as the index analyses them (normalised, stop words dropped,
/// English stemmed), so a rule keyword "neural network" matches "Neural Networks". Chinese runs are
/// skipped here: Chinese keywords match as substrings, which needs no segmentation.
/// </summary>
internal static class RuleWords
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var sink = new WordSink(words);
        // Bigrams mode: the cheapest Chinese analysis (no SmartCn); its terms are dropped anyway.
        TextAnalyzer.Analyze(text, ref sink, ChineseIndexing.Bigrams);
        return words;
    }

    private readonly struct WordSink(List<string> words) : ITokenSink
    {
        public void Add(ReadOnlySpan<char> token)
        {
            if (!token.IsEmpty && CharClassifier.Classify(token[0]) == CharClass.Word)
            {
                words.Add(token.ToString());
            }
        }
    }
}
