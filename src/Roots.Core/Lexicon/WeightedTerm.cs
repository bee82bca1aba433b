namespace Roots.Core.Lexicon;

/// <summary>A term of the other language with how strongly it stands for the original.</summary>
/// <param name="Term">An index term (an English stem, or a Chinese headword).</param>
/// <param name="Weight">Larger is a surer, more specific translation; only the order between terms matters.</param>
public readonly record struct WeightedTerm(string Term, double Weight);
