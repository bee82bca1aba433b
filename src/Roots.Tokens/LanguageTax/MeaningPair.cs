namespace Roots.Tokens.LanguageTax;

/// <summary>
/// The same content written in one language and in English: a translation pair, the unit of the
/// language tax by meaning.
/// </summary>
/// <param name="Language">The language of <paramref name="Text"/> (primary subtag: <c>zh</c>, <c>ja</c> …).</param>
/// <param name="Text">The content in that language.</param>
/// <param name="English">The same content in English.</param>
/// <param name="Source">Where the pair came from, for people (<c>#3 ↔ #4</c>, <c>reference sentence 7</c>).</param>
public sealed record MeaningPair(string Language, string Text, string English, string Source);
