namespace Roots.Core.Lexicon;

/// <summary>One dictionary entry in CC-CEDICT's shape: a headword in both scripts and its English senses.</summary>
/// <param name="Traditional">The headword in traditional characters.</param>
/// <param name="Simplified">The headword in simplified characters (often the same).</param>
/// <param name="Senses">The English senses, most common first; each may hold several glosses separated by ';'.</param>
public sealed record CedictEntry(string Traditional, string Simplified, IReadOnlyList<string> Senses);
