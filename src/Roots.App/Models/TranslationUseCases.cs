using Microsoft.Extensions.AI;
using Roots.App.Configuration;
using Roots.App.Items;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;
using Roots.Models.Metering;
using Roots.Models.Providers;

namespace Roots.App.Models;

/// <summary>
/// <c>roots translate</c>: each item's title, summary and keywords in other languages, stored with provenance.
/// Returns the usage it recorded (<see cref="ModelRun{T}"/>). One per unit of work, used by one thread at a time.
/// </summary>
public sealed class TranslationUseCases
{
    private readonly ModelContext _context;
    private readonly IItemStore _items;
    private readonly IModelSummaryStore _summaries;
    private readonly ITranslationStore _translations;
    private readonly Func<string, CancellationToken, Task<IReadOnlyList<Keyword>>> _keywords;
    private readonly Func<IReadOnlyList<long>, bool, CancellationToken, Task<IReadOnlyDictionary<long, IReadOnlyList<string>>>>? _versions;

    /// <param name="context">The library's model runtime, ledger and clock.</param>
    /// <param name="items">The items, their texts and fields.</param>
    /// <param name="summaries">The models' summaries.</param>
    /// <param name="translations">The stored translations.</param>
    /// <param name="keywords">Ranks a text's keywords against the library.</param>
    /// <param name="versions">
    /// The languages of the other items that are language versions of the same work as each of the given
    /// items (every item when the flag is set); those languages are never bought. Null: none known.
    /// </param>
    internal TranslationUseCases(
        ModelContext context, IItemStore items, IModelSummaryStore summaries, ITranslationStore translations,
        Func<string, CancellationToken, Task<IReadOnlyList<Keyword>>> keywords,
        Func<IReadOnlyList<long>, bool, CancellationToken, Task<IReadOnlyDictionary<long, IReadOnlyList<string>>>>? versions = null)
    {
        _context = context;
        _items = items;
        _summaries = summaries;
        _translations = translations;
        _keywords = keywords;
        _versions = versions;
    }

    /// <summary>How many of an item's keywords are translated.</summary>
    public const int TranslatedKeywords = 8;

    /// <summary>The line shown when <c>roots translate</c> has no provider to ask.</summary>
    public const string NoModelForTranslation =
        "a model is needed to translate: add a provider under providers in roots.yaml (roots doctor checks it)";

    /// <summary>
    /// What translating <paramref name="ids"/> (every item when <paramref name="all"/>) into <paramref name="languages"/>
    /// would cost, before anything is sent. A pair whose stored translation has the same source hash is not counted,
    /// nor an item's own language.
    /// </summary>
    public async Task<Result<ModelPlan>> PlanTranslationsAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model = null, CancellationToken cancellationToken = default)
    {
        var ready = await TranslationWorkAsync(ids, all, languages, model, _context.Ledger, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return Result<ModelPlan>.Fail(ready.Error!);
        }

        var (_, provider, chosen, work) = ready.Value;
        var counter = _context.Runtime.TokenizerFor(chosen);
        long input = 0, output = 0;
        int calls = 0;
        foreach (var (source, language, _) in work.Where(w => w.Stored is null))
        {
            calls++;
            var messages = TranslationPrompts.Translate(language, source);
            input += 12 + messages.Sum(m => counter.CountTokens(m.Text));
            output += TranslationPrompts.OutputTokens(counter.CountTokens(messages[^1].Text));
        }

        return new ModelPlan(provider.Name, chosen, calls, input, output, _context.Runtime.Prices.Estimate(chosen, input, output).Cost);
    }

    /// <summary>
    /// Translates each item's title, summary (the model's, else the extractive one) and keywords into each language
    /// but its own: one metered call per item and language (ledger operation <c>translate</c>), stored per item and
    /// language with provenance <c>model:NAME</c> and the SHA-256 of the source (see <see cref="TranslationSource.Hash"/>).
    /// A stored translation of the same source is reused, not bought again. Stops at the first refusal (a budget)
    /// or provider failure with its reason; translations made so far are kept.
    /// </summary>
    public Task<ModelRun<TranslationReport>> TranslateAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model = null, CancellationToken cancellationToken = default) =>
        ModelRun<TranslationReport>.RecordAsync(_context.Ledger, ledger => TranslateAsync(ids, all, languages, model, ledger, cancellationToken));

    internal async Task<Result<TranslationReport>> TranslateAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        var ready = await TranslationWorkAsync(ids, all, languages, model, ledger, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return Result<TranslationReport>.Fail(ready.Error!);
        }

        var (chat, _, chosen, work) = ready.Value;
        var counter = _context.Runtime.TokenizerFor(chosen);
        string by = "model:" + chosen;
        var done = new List<TranslationOutcome>();
        var failures = new List<TranslationFailure>();
        foreach (var (source, language, stored) in work)
        {
            if (stored is not null)
            {
                done.Add(new TranslationOutcome(source.ItemId, language, stored.Title, stored.Summary, stored.Keywords, stored.By, stored.SourceSha256, true));
                continue;
            }

            var messages = TranslationPrompts.Translate(language, source);
            var options = ModelCall.Options("translate", source.ItemId, chosen, TranslationPrompts.OutputTokens(counter.CountTokens(messages[^1].Text)));
            ChatResponse response;
            try
            {
                response = await chat.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ProviderCallException or ModelCallRefusedException)
            {
                return new TranslationReport(done, failures, e.Message);
            }

            var fields = TranslationPrompts.Read(response.Text);
            if (!fields.IsSuccess)
            {
                failures.Add(new TranslationFailure(source.ItemId, language, fields.Error!));
                continue;
            }

            var translation = new ItemTranslation(source.ItemId, language, fields.Value.Title.Trim(), fields.Value.Summary!.Trim(),
                [.. fields.Value.Keywords!.Select(k => k.Trim()).Where(k => k.Length > 0)], source.Sha256, by, _context.Time.GetUtcNow());
            await _translations.SaveTranslationAsync(translation, cancellationToken).ConfigureAwait(false);
            done.Add(new TranslationOutcome(source.ItemId, language, translation.Title, translation.Summary, translation.Keywords, by, source.Sha256, false));
        }

        return new TranslationReport(done, failures, null);
    }

    /// <summary>An item's stored translations, each with whether it still matches the item's title and text.</summary>
    public async Task<IReadOnlyList<(ItemTranslation Translation, bool Current)>> TranslationsOfAsync(long itemId, string title, string text, CancellationToken cancellationToken = default)
    {
        string sha = TranslationSource.Hash(title, text);
        var found = new List<(ItemTranslation, bool)>();
        foreach (string language in await _translations.TranslationLanguagesAsync(itemId, cancellationToken).ConfigureAwait(false))
        {
            if (await _translations.GetTranslationAsync(itemId, language, cancellationToken).ConfigureAwait(false) is { } translation)
            {
                found.Add((translation, translation.SourceSha256 == sha));
            }
        }

        return found;
    }

    private async Task<Result<(IChatClient Chat, ProviderOptions Provider, string Model, IReadOnlyList<TranslationWork> Work)>> TranslationWorkAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(languages);
        if (_context.Config.Providers.Count == 0)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<TranslationWork>)>.Fail(NoModelForTranslation);
        }

        var resolved = _context.Runtime.Resolve(model, ledger);
        if (!resolved.IsSuccess)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<TranslationWork>)>.Fail(resolved.Error!);
        }

        var found = await ItemsAsync(ids, all, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<TranslationWork>)>.Fail(found.Error!);
        }

        var items = found.Value;
        var (chat, provider, chosen) = resolved.Value;
        var work = new List<TranslationWork>();
        var versions = await HeldLanguagesAsync(items, all, cancellationToken).ConfigureAwait(false);
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            var source = await TranslationSourceAsync(item, cancellationToken).ConfigureAwait(false);
            // The author's own version in a language (the English half of a bilingual essay) is never bought again.
            var fields = await _items.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
            string? byAuthor = fields.GetValueOrDefault(Ingest.Stages.StatementsStage.SecondPrefix + "language");
            var held = versions?.GetValueOrDefault(item.Id) ?? [];
            foreach (string language in languages.Where(l => l != source.Language && l != byAuthor && !held.Contains(l, StringComparer.OrdinalIgnoreCase)))
            {
                var stored = await _translations.GetTranslationAsync(item.Id, language, cancellationToken).ConfigureAwait(false);
                work.Add(new TranslationWork(source, language, stored?.SourceSha256 == source.Sha256 ? stored : null));
            }
        }

        return (chat, provider, chosen, (IReadOnlyList<TranslationWork>)work);
    }

    /// <summary>The items named by <paramref name="ids"/> (every item, oldest first, when <paramref name="all"/>), or the first id that names none.</summary>
    internal async Task<Result<List<Item>>> ItemsAsync(IReadOnlyList<string> ids, bool all, CancellationToken cancellationToken)
    {
        var items = new List<Item>();
        if (all)
        {
            items.AddRange(await _items.ListAsync(new ItemFilter(Limit: int.MaxValue), cancellationToken).ConfigureAwait(false));
            items.Reverse();
        }

        foreach (string id in ids)
        {
            if (await _context.FindItem(id, cancellationToken).ConfigureAwait(false) is not { } item)
            {
                return Result<List<Item>>.Fail($"no item {id}; roots list shows the ids");
            }

            items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// The languages a collected item already holds each of <paramref name="items"/> in (a separate file
    /// that is its translation): never bought. Null when the library knows no translation groups.
    /// </summary>
    internal async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>?> HeldLanguagesAsync(IReadOnlyList<Item> items, bool all, CancellationToken cancellationToken) =>
        _versions is null ? null : await _versions([.. items.Select(i => i.Id).Distinct()], all, cancellationToken).ConfigureAwait(false);

    private async Task<TranslationSource> TranslationSourceAsync(Item item, CancellationToken cancellationToken)
    {
        var versions = await _items.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        string versionSha = versions.First(v => v.Number == item.CurrentVersion).Sha256;
        string text = await _items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await _items.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        // The author's abstract and keywords are what a translation should carry over, when the text has them.
        string summary = AuthorFields.Abstract(fields)
            ?? (await _summaries.LatestModelSummaryAsync(item.Id, versionSha, cancellationToken).ConfigureAwait(false) is { } byModel
                ? byModel.Summary
                : ExtractiveSummarizer.Summarize(text, item.Language));
        var authorKeywords = AuthorFields.Keywords(fields);
        var keywords = authorKeywords.Count > 0 ? authorKeywords : await _keywords(item.Title + "\n" + text, cancellationToken).ConfigureAwait(false);
        return new TranslationSource(item.Id, TranslationLanguages.Primary(item.Language), item.Title, summary,
            [.. keywords.Take(TranslatedKeywords).Select(k => k.Display)], TranslationSource.Hash(item.Title, text));
    }

    private sealed record TranslationWork(TranslationSource Source, string Language, ItemTranslation? Stored);
}
