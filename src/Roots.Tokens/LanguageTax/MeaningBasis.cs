namespace Roots.Tokens.LanguageTax;

/// <summary>What a language's tax by meaning was measured on.</summary>
public enum MeaningBasis
{
    /// <summary>The library's own translation pairs: items that are language versions of one work, and stored translations.</summary>
    Library,

    /// <summary>The bundled reference corpus (<see cref="ReferenceCorpus"/>), used where the library has no pair in that language.</summary>
    Reference,
}
