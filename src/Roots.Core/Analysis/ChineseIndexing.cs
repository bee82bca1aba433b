namespace Roots.Core.Analysis;

/// <summary>How runs of Chinese characters become index terms.</summary>
/// <remarks>
/// Word segmentation alone misses short queries whose words the segmenter splits differently in
/// the document; overlapping bigrams alone blur long words. <see cref="WordsAndBigrams"/> keeps the
/// recall of bigrams and the precision of words, and measured at least as well as either on the
/// CMRC 2018 set (bench/README.md). The other two exist to reproduce that comparison.
/// </remarks>
public enum ChineseIndexing
{
    /// <summary>Every overlapping bigram, plus SmartCn words that are not bigrams (the default).</summary>
    WordsAndBigrams,

    /// <summary>Overlapping character bigrams only (single characters stay unigrams).</summary>
    Bigrams,

    /// <summary>SmartCn words only.</summary>
    Words,
}
