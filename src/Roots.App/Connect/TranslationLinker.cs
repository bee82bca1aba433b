using Roots.App.Ingest;
using Roots.Core.Analysis;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// The step after keeping that links a Chinese item and its English version (or the reverse) as
/// <see cref="LinkKinds.TranslationOf"/>, both ways: the item's rare numbers and Latin words find a few
/// candidates of the other language in the full-text index (one query), and <see cref="TranslationEvidence"/>
/// decides on their texts. An item with too few anchors to judge is left alone.
/// </summary>
/// <remarks>
/// Only rare anchors are searched: a translation shares its specific years, names and addresses, while
/// anchors most items have (AI, API, 2024) would make the query score a large part of the library for
/// every item kept. A first version searched them all and made a 10,000-item import 2.5 times slower; with
/// document frequencies (cached for the run, since a batch's items share most of their common anchors) an
/// item whose anchors are all common costs a few dictionary lookups.
/// </remarks>
internal sealed class TranslationLinker(IItemStore items, ISearchIndex index, ITermStatistics statistics, ILinkStore links, double titleWeight) : IAfterKeepStage
{
    /// <summary>An anchor in more documents than this (or <see cref="RareShare"/> of the library, if more) is common.</summary>
    private const int RareLimit = 50;

    /// <summary>The share of the library an anchor may occur in and still be rare.</summary>
    private const double RareShare = 0.005;

    /// <summary>The rarest anchors searched, per item.</summary>
    private const int SearchedAnchors = 8;

    /// <summary>Fewer rare anchors than this: the item is not searched for (a translation shares several).</summary>
    private const int MinRareAnchors = 2;

    /// <summary>Candidates of the other language read and compared, per item.</summary>
    private const int Candidates = 5;

    /// <summary>Texts shorter than this are notes, not documents with a version in another language.</summary>
    private const int MinTextLength = 200;

    /// <inheritdoc />
    public string Name => "translations";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var found = new List<Link>();
        var kept = run.Items.ToDictionary(i => i.Id);
        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        long rareLimit = -1;
        foreach (var item in run.Items.Where(i => i.Language is "zh" or "en"))
        {
            string text = await run.TextOfAsync(item, cancellationToken).ConfigureAwait(false);
            if (text.Length < MinTextLength)
            {
                continue;
            }

            bool chinese = item.Language == "zh";
            var anchors = TranslationEvidence.SearchAnchors(text, chinese);
            if (anchors.Count < TranslationEvidence.MinAnchors)
            {
                continue;
            }

            if (rareLimit < 0)
            {
                long documents = await statistics.DocumentCountAsync(cancellationToken).ConfigureAwait(false);
                rareLimit = Math.Max(RareLimit, (long)(documents * RareShare));
            }

            var anchorTerms = TextAnalyzer.Terms(string.Join(' ', anchors)).Distinct(StringComparer.Ordinal).ToList();
            var unknown = anchorTerms.Where(t => !frequencies.ContainsKey(t)).ToList();
            if (unknown.Count > 0)
            {
                foreach (var (term, df) in await statistics.DocumentFrequenciesAsync(unknown, cancellationToken).ConfigureAwait(false))
                {
                    frequencies[term] = df;
                }
            }

            var terms = anchorTerms.Where(t => frequencies.GetValueOrDefault(t) is var df && df > 0 && df <= rareLimit)
                .OrderBy(t => frequencies[t]).ThenBy(t => t, StringComparer.Ordinal).Take(SearchedAnchors).ToList();
            if (terms.Count < MinRareAnchors)
            {
                continue;
            }

            var filter = ItemFilter.None with { Language = chinese ? "en" : "zh", Limit = Candidates };
            var hits = await index.SearchAsync(new SearchRequest(terms, filter, titleWeight), cancellationToken).ConfigureAwait(false);
            (long Id, TranslationEvidence.Comparison Comparison)? best = null;
            foreach (var hit in hits.Where(h => h.ItemId != item.Id))
            {
                // Both versions often arrive in one run: the other's text is then still in memory.
                string other = kept.TryGetValue(hit.ItemId, out var sibling)
                    ? await run.TextOfAsync(sibling, cancellationToken).ConfigureAwait(false)
                    : await items.GetTextAsync(hit.ItemId, null, cancellationToken).ConfigureAwait(false) ?? "";
                var comparison = chinese ? TranslationEvidence.Compare(text, other) : TranslationEvidence.Compare(other, text);
                if (comparison.IsTranslation && (best is null || comparison.Coverage > best.Value.Comparison.Coverage))
                {
                    best = (hit.ItemId, comparison);
                }
            }

            if (best is { } pair)
            {
                string evidence = $"shares {pair.Comparison.Shared} of {pair.Comparison.Anchors} numbers and Latin words";
                double weight = Math.Round(pair.Comparison.Coverage, 4);
                found.Add(new Link(item.Id, LinkKinds.TranslationOf, pair.Id, weight, evidence));
                found.Add(new Link(pair.Id, LinkKinds.TranslationOf, item.Id, weight, evidence));
            }
        }

        if (found.Count > 0)
        {
            await links.AddLinksAsync(found.DistinctBy(l => (l.SourceId, l.TargetId)).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }
}
