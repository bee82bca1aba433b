using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// The cache of translated paragraphs (<c>roots translate --body</c>), keyed by target language, SHA-256 of the
/// source paragraph and model; read back by the next translation run (what is cached is not bought again) and by
/// publishing (a page shows a translated body only when every paragraph has one).
/// </summary>
/// <remarks>Same threading as <see cref="IItemStore"/>.</remarks>
public interface IParagraphTranslationStore
{
    /// <summary>
    /// The stored translations into <paramref name="language"/> of the paragraphs whose hashes are given, by hash;
    /// a hash with none is absent. With <paramref name="model"/> only that model's count; with null, any model's,
    /// the newest first (then the model's name in ordinal order), so publishing shows one translation per paragraph.
    /// Any number of hashes may be asked for (the store splits long lists).
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, ParagraphTranslation>> GetParagraphTranslationsAsync(
        string language, IReadOnlyCollection<string> sourceSha256s, string? model = null, CancellationToken cancellationToken = default);

    /// <summary>Keeps the translations in one transaction, each replacing any earlier one with the same language, hash and model.</summary>
    ValueTask SaveParagraphTranslationsAsync(IReadOnlyList<ParagraphTranslation> translations, CancellationToken cancellationToken = default);

    /// <summary>The languages any paragraph has a translation in, in ordinal order: publishing skips its look-ups when none is a site language.</summary>
    ValueTask<IReadOnlyList<string>> ParagraphTranslationLanguagesAsync(CancellationToken cancellationToken = default);
}
