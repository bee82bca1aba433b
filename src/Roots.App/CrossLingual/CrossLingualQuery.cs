using Roots.App.Configuration;
using Roots.Core.Analysis;
using Roots.Core.Lexicon;
using Roots.Core.Ports;
using Roots.Core.Vectors;

namespace Roots.App.CrossLingual;

/// <summary>
/// The cross-lingual half of a search: the query translated word by word into the other language
/// (<see cref="QueryTranslator"/> over the embedded CC-CEDICT) and ranked in the same full-text index,
/// then merged below the original ranking. Off when <c>search.cross_lingual</c> is false.
/// </summary>
/// <remarks>
/// <para>The merge gives each item the better of its two weighted reciprocal ranks,
/// <c>max(1 / (k + r), w / (k + r'))</c> with <c>w = </c><see cref="Weight"/>, rather than their sum
/// (reciprocal rank fusion): the original ranking keeps its order, so the same-language exact match
/// stays first, and the other language's best items slot in from the fifth place on. Summing
/// was measured on the dev set (bench/README.md): it let an item found weakly by both rankings (the
/// English section sharing "Token" and "AI" with a Chinese paragraph) push the paragraph's own section
/// off the first place in 227 of 257 queries (3 of 257 without cross-lingual search, 3 with this merge).</para>
/// <para>The translated ranking looks only at items in the other language (English for a Chinese
/// query, Chinese for any other), unless the user chose a language: an item in the query's own
/// language is the original ranking's to place, and on the all-Chinese CMRC set letting the English
/// glosses match its passages' scattered Latin words cost nDCG.</para>
/// <para>The dictionary loads on the first translated query (about a second), not at start-up.</para>
/// </remarks>
/// <param name="index">The full-text index.</param>
/// <param name="config">The library's configuration (<c>search.cross_lingual</c>, title weight, Chinese analysis, the model's languages).</param>
public sealed class CrossLingualQuery(ISearchIndex index, LibraryConfig config)
{
    /// <summary>
    /// The translated ranking's weight against 1 for the original: its first item ranks just after the
    /// original's fourth (0.95 / 61 lies between 1 / 64 and 1 / 65). Measured on the dev set: 0.8 puts it past
    /// the tenth place, 0.9 around the eighth (bench/README.md).
    /// </summary>
    public const double Weight = 0.95;

    private static readonly Lazy<QueryTranslator> Translator = new(() => new QueryTranslator(BilingualLexicon.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The query in the other language; <see cref="TranslatedQuery.None"/> when cross-lingual search is off.</summary>
    /// <param name="query">What the user typed.</param>
    public TranslatedQuery Translate(string query) =>
        config.Search.CrossLingual ? Translator.Value.Translate(query, config.Analysis.Chinese) : TranslatedQuery.None;

    /// <summary>
    /// The items in the other language that the translated query finds, best first; empty when there
    /// is no translation or cross-lingual search is off.
    /// </summary>
    /// <param name="translated">From <see cref="Translate"/>.</param>
    /// <param name="language">The language translated from (the query's or the item's): the ranking keeps to the other one.</param>
    /// <param name="filter">Conditions and depth (offset 0, the fusion depth as limit); a language the user chose is kept.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<long>> RankAsync(TranslatedQuery translated, string language, ItemFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(translated);
        ArgumentNullException.ThrowIfNull(filter);
        if (translated.Terms.Count == 0)
        {
            return [];
        }

        var terms = language == "zh" ? Specific(translated.Terms) : translated.Terms.Select(t => t.Term).ToList();
        var hits = await index.SearchAsync(new SearchRequest(terms, InOtherLanguage(filter, language), config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
        return hits.Select(h => h.ItemId).ToList();
    }

    /// <summary>
    /// The English terms of a Chinese text's gloss worth searching: those weighing at least
    /// <see cref="MinShareOfBest"/> of the best one. A gloss's weak senses (怎么做面包 → bread 8.2, how 3.7,
    /// … make 0.6, do 0.1) are common English words that match a large part of the English items: each made
    /// the query slower (most of a search's time at 100,000 items) and added noise below the real match. On the
    /// cross-lingual dev set short Chinese questions found their English section in 7 of 12 cases instead of 4,
    /// headings in 12 of 12 instead of 9, and whole paragraphs in 123 of 128 instead of 125. The other way, an
    /// English word's later Chinese senses are specific words, not noise: pruning them lost 10 of 129
    /// English paragraphs, so English queries keep every sense.
    /// </summary>
    internal static List<string> Specific(IReadOnlyList<WeightedTerm> terms)
    {
        double best = terms.Count == 0 ? 0 : terms.Max(t => t.Weight);
        return terms.Where(t => t.Weight >= best * MinShareOfBest).Select(t => t.Term).ToList();
    }

    /// <summary>The least weight, as a share of the best term's, of a translated term that is searched.</summary>
    internal const double MinShareOfBest = 0.25;

    /// <summary><paramref name="filter"/> kept to the language a text in <paramref name="language"/> is translated into, unless it names one.</summary>
    private static ItemFilter InOtherLanguage(ItemFilter filter, string language) =>
        filter.Language is { Length: > 0 } ? filter : filter with { Language = language == "zh" ? "en" : "zh" };

    /// <summary>
    /// Lexical search with the translated ranking merged in; the plain BM25 hits, scores unchanged,
    /// when cross-lingual search is off or the translation finds nothing.
    /// </summary>
    /// <param name="query">What the user typed.</param>
    /// <param name="terms">The query's own analysed terms.</param>
    /// <param name="filter">Conditions and paging, as the user asked.</param>
    /// <param name="depth">How deep each ranking goes before merging.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<SearchHit>> LexicalAsync(string query, IReadOnlyList<string> terms, ItemFilter filter, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var deep = filter with { Offset = 0, Limit = depth };
        var other = await RankAsync(Translate(query), LanguageDetector.Detect(query), deep, cancellationToken).ConfigureAwait(false);
        if (other.Count == 0)
        {
            return await index.SearchAsync(new SearchRequest(terms, filter, config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
        }

        var original = await index.SearchAsync(new SearchRequest(terms, deep, config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
        return Merge(original.Select(h => (h.ItemId, h.Score)).ToList(), other)
            .Skip(filter.Offset).Take(filter.Limit).Select(r => new SearchHit(r.ItemId, r.Score)).ToList();
    }

    /// <summary>
    /// Hybrid search's cross-lingual step: the translated query's lexical ranking and, for a query
    /// the embedding model cannot read, the nearest vectors to its English gloss (fused), merged below
    /// <paramref name="original"/>; <paramref name="original"/> itself when they find nothing.
    /// </summary>
    /// <param name="query">What the user typed.</param>
    /// <param name="original">The hybrid ranking of the query as typed, best first.</param>
    /// <param name="deep">Conditions and depth (offset 0).</param>
    /// <param name="modelReadsQuery">Whether the embedding model understands the query's language.</param>
    /// <param name="semantic">Ranks items that pass a filter by the vectors nearest to a text.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<(long ItemId, double Score)>> HybridAsync(
        string query,
        IReadOnlyList<(long ItemId, double Score)> original,
        ItemFilter deep,
        bool modelReadsQuery,
        Func<string, ItemFilter, Task<IReadOnlyList<(long ItemId, double Score)>>> semantic,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(semantic);
        var translated = Translate(query);
        string language = LanguageDetector.Detect(query);
        var lexical = await RankAsync(translated, language, deep, cancellationToken).ConfigureAwait(false);
        var meaning = !modelReadsQuery && translated.EnglishText is { } english && config.Embeddings.Understands("en")
            ? (await semantic(english, InOtherLanguage(deep, language)).ConfigureAwait(false)).Select(s => s.ItemId).ToList()
            : [];
        if (lexical.Count == 0 && meaning.Count == 0)
        {
            return original;
        }

        var other = ReciprocalRankFusion.Fuse([(lexical, 1.0), (meaning, 1.0)]).Select(f => f.ItemId).ToList();
        return Merge(original, other);
    }

    /// <summary>
    /// Merges the translated ranking below the original: each item scores the better of
    /// <c>1 / (k + rank)</c> in the original and <c>Weight / (k + rank)</c> in the translated ranking.
    /// </summary>
    /// <param name="original">The original ranking, best first (its scores are replaced by reciprocal ranks).</param>
    /// <param name="translated">The translated ranking, best first.</param>
    public static IReadOnlyList<(long ItemId, double Score)> Merge(IReadOnlyList<(long ItemId, double Score)> original, IReadOnlyList<long> translated)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translated);
        const int k = ReciprocalRankFusion.DefaultK;
        var scores = new Dictionary<long, double>();
        for (int rank = 0; rank < original.Count; rank++)
        {
            scores.TryAdd(original[rank].ItemId, 1.0 / (k + rank + 1));
        }

        for (int rank = 0; rank < translated.Count; rank++)
        {
            double score = Weight / (k + rank + 1);
            if (score > scores.GetValueOrDefault(translated[rank]))
            {
                scores[translated[rank]] = score;
            }
        }

        return scores.Select(p => (ItemId: p.Key, Score: p.Value)).OrderByDescending(p => p.Score).ThenBy(p => p.ItemId).ToList();
    }
}
