namespace Roots.Core.Understanding;

/// <summary>A keyword of a document.</summary>
/// <param name="Term">The analysed term (a Chinese word, an English stem) as the index knows it.</param>
/// <param name="Display">The form to show a person: the word as written most often in the document.</param>
/// <param name="Score">TF-IDF weight; higher is more characteristic.</param>
public readonly record struct Keyword(string Term, string Display, double Score);
