using Roots.App.Ingest;
using Roots.Core.Analysis;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// The step after keeping that links a Chinese item and its English version (or the reverse) as
/// <see cref="LinkKinds.TranslationOf"/>, both ways: the item's numbers and Latin words find a few
/// candidates of the other language in the full-text index (one query), and <see cref="TranslationEvidence"/>
/// decides on their texts. An item with too few anchors to judge is left alone.
/// </summary>
internal sealed class TranslationLinker(IItemStore items, ISearchIndex index, ILinkStore links, double titleWeight) : IAfterKeepStage
{
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

            var terms = TextAnalyzer.Terms(string.Join(' ', anchors));
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
            await links.AddLinksAsync(found, cancellationToken).ConfigureAwait(false);
        }
    }
}
