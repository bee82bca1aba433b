using Microsoft.Extensions.AI;
using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Models.Metering;
using Roots.Models.Providers;

namespace Roots.App.Models;

/// <summary>
/// <c>roots tag --model</c>: a model chooses each item's tags from the taxonomy. Returns the usage it recorded
/// (<see cref="ModelRun{T}"/>). One per unit of work, used by one thread at a time.
/// </summary>
public sealed class ModelTagUseCases
{
    private readonly ModelContext _context;
    private readonly IItemStore _items;
    private readonly IModelSummaryStore _summaries;
    private readonly ITagStore _tags;

    internal ModelTagUseCases(ModelContext context, IItemStore items, IModelSummaryStore summaries, ITagStore tags)
    {
        _context = context;
        _items = items;
        _summaries = summaries;
        _tags = tags;
    }

    /// <summary>The line shown when <c>roots tag --model</c> has no provider to ask.</summary>
    public const string NoModelForTags =
        "a model is needed to tag with --model: add a provider under providers in roots.yaml (roots doctor checks it); roots classify tags offline with rules and the classifier";

    /// <summary>
    /// What tagging <paramref name="ids"/> with a model would cost, before anything is sent; items the same model
    /// already answered for (same text, same taxonomy) are not counted. Fails without a provider, without taxonomy
    /// tags, or for an unknown id.
    /// </summary>
    public async Task<Result<ModelPlan>> PlanModelTagsAsync(IReadOnlyList<string> ids, string? model = null, CancellationToken cancellationToken = default)
    {
        var ready = await ModelTagTargetsAsync(ids, model, _context.Ledger, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return Result<ModelPlan>.Fail(ready.Error!);
        }

        var (_, provider, chosen, taxonomy, targets) = ready.Value;
        var counter = _context.Runtime.TokenizerFor(chosen);
        var asked = targets.Where(t => t.Cached is null).ToList();
        long input = asked.Sum(t => 12L + TagPrompts.Tags(taxonomy, t.Item.Title, t.Text).Sum(m => counter.CountTokens(m.Text)));
        long output = (long)asked.Count * TagPrompts.OutputTokens;
        return new ModelPlan(provider.Name, chosen, asked.Count, input, output, _context.Runtime.Prices.Estimate(chosen, input, output).Cost);
    }

    /// <summary>
    /// Tags items with a model that chooses only from the taxonomy: answers outside it are dropped and counted,
    /// synonyms map to their canonical tag, and the tags are stored with origin <see cref="TagOrigin.Model"/> through
    /// the store's rules (a user's tag or a rule's stays; a tag the user removed is never put back). One metered
    /// call per item (ledger operation <c>tag</c>), cached by the SHA-256 of what the model reads. Stops at the first
    /// refusal or failure with its reason; what was tagged stays.
    /// </summary>
    public Task<ModelRun<ModelTagReport>> TagWithModelAsync(IReadOnlyList<string> ids, string? model = null, CancellationToken cancellationToken = default) =>
        ModelRun<ModelTagReport>.RecordAsync(_context.Ledger, ledger => TagWithModelAsync(ids, model, ledger, cancellationToken));

    private async Task<Result<ModelTagReport>> TagWithModelAsync(IReadOnlyList<string> ids, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        var ready = await ModelTagTargetsAsync(ids, model, ledger, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return Result<ModelTagReport>.Fail(ready.Error!);
        }

        var (chat, _, chosen, taxonomyTags, targets) = ready.Value;
        var taxonomy = _context.Config.Taxonomy.Compiled;
        string by = "model:" + chosen;
        var done = new List<ModelTagOutcome>();
        foreach (var target in targets)
        {
            string answer;
            if (target.Cached is { } cached)
            {
                answer = cached;
            }
            else
            {
                try
                {
                    var response = await chat.GetResponseAsync(TagPrompts.Tags(taxonomyTags, target.Item.Title, target.Text),
                        ModelCall.Options("tag", target.Item.Id, chosen, TagPrompts.OutputTokens), cancellationToken).ConfigureAwait(false);
                    answer = response.Text.Trim();
                    await _summaries.SaveModelSummaryAsync(target.Item.Id, target.Key, chosen, answer, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is ProviderCallException or ModelCallRefusedException)
                {
                    return new ModelTagReport(done, e.Message);
                }
            }

            done.Add(await ApplyModelTagsAsync(target.Item, taxonomy, answer, by, target.Cached is not null, cancellationToken).ConfigureAwait(false));
        }

        return new ModelTagReport(done, null);
    }

    private async Task<ModelTagOutcome> ApplyModelTagsAsync(Item item, Taxonomy taxonomy, string answer, string by, bool cached, CancellationToken cancellationToken)
    {
        var known = taxonomy.Tags.ToHashSet(StringComparer.Ordinal);
        var answers = TagPrompts.Answers(answer);
        var chosen = answers.Select(taxonomy.CanonicalTag).Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        int dropped = answers.Count(a => !known.Contains(taxonomy.CanonicalTag(a)));
        var removed = await _tags.GetRemovedTagsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var added = await _tags.ReplaceAutomaticTagsAsync(item.Id, TagOrigin.Model, [.. chosen.Select(t => new ScoredLabel(t, 1))], cancellationToken)
            .ConfigureAwait(false);
        return new ModelTagOutcome(item.Id, item.Title, chosen, added, [.. chosen.Where(removed.Contains)], dropped, by, cached);
    }

    private async Task<Result<(IChatClient Chat, ProviderOptions Provider, string Model, IReadOnlyList<string> Taxonomy, IReadOnlyList<ModelTagTarget> Targets)>> ModelTagTargetsAsync(
        IReadOnlyList<string> ids, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        if (_context.Config.Providers.Count == 0)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<string>, IReadOnlyList<ModelTagTarget>)>.Fail(NoModelForTags);
        }

        var taxonomy = _context.Config.Taxonomy.Compiled.Tags;
        if (taxonomy.Count == 0)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<string>, IReadOnlyList<ModelTagTarget>)>.Fail(
                "the taxonomy has no tags for a model to choose from; list them under taxonomy: tags: in roots.yaml");
        }

        var resolved = _context.Runtime.Resolve(model, ledger);
        if (!resolved.IsSuccess)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<string>, IReadOnlyList<ModelTagTarget>)>.Fail(resolved.Error!);
        }

        var (chat, provider, chosen) = resolved.Value;
        var targets = new List<ModelTagTarget>();
        foreach (string id in ids)
        {
            var item = await _context.FindItem(id, cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<string>, IReadOnlyList<ModelTagTarget>)>.Fail($"no item {id}; roots list shows the ids");
            }

            string text = await _items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
            string key = TagPrompts.Key(taxonomy, item.Title, text);
            // The answer is kept beside the model summaries, keyed by what the model read (never a version's own hash).
            string? cached = await _summaries.GetModelSummaryAsync(item.Id, key, chosen, cancellationToken).ConfigureAwait(false);
            targets.Add(new ModelTagTarget(item, text, key, cached));
        }

        return (chat, provider, chosen, taxonomy, (IReadOnlyList<ModelTagTarget>)targets);
    }

    private sealed record ModelTagTarget(Item Item, string Text, string Key, string? Cached);
}
