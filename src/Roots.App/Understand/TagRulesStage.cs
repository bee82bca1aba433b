using Roots.App.Ingest;
using Roots.Core.Classification;
using Roots.Core.Ports;

namespace Roots.App.Understand;

/// <summary>
/// The labelling step after keeping: front-matter tags of Markdown files become user tags (synonyms
/// mapped; never one the user removed), and the taxonomy's rules run on every item kept. Rules are
/// cheap; the classifier is not run here (it runs on <c>roots classify</c>), so collection speed does
/// not depend on it.
/// </summary>
internal sealed class TagRulesStage(ITagStore tags, Taxonomy taxonomy) : IAfterKeepStage
{
    /// <inheritdoc />
    public string Name => "tag rules";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var labeler = new ItemLabeler(tags, taxonomy);
        foreach (var item in run.Items)
        {
            if (item.Kind == "markdown")
            {
                await AddFrontMatterTagsAsync(item, cancellationToken).ConfigureAwait(false);
            }

            if (taxonomy.Rules.Rules.Count > 0)
            {
                string text = await run.TextOfAsync(item, cancellationToken).ConfigureAwait(false);
                await labeler.LabelAsync(item.Id, new RuleSubject(item.Title, text, item.Source, item.Url, item.Language), null, dryRun: false, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    private async Task AddFrontMatterTagsAsync(KeptItem item, CancellationToken cancellationToken)
    {
        if (!item.Fields.TryGetValue("tags", out string? list))
        {
            return;
        }

        var removed = await tags.GetRemovedTagsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var canonical = list.Split(',').Select(taxonomy.CanonicalTag).Where(t => t.Length > 0 && !removed.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        if (canonical.Count > 0)
        {
            await tags.AddUserTagsAsync(item.Id, canonical, cancellationToken).ConfigureAwait(false);
        }
    }
}
