using Microsoft.Extensions.AI;
using Roots.App.Configuration;
using Roots.App.Items;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Models.Metering;
using Roots.Models.Providers;

namespace Roots.App.Models;

/// <summary>
/// <c>roots translate --body</c>: each item's title, summary and keywords as <see cref="TranslationUseCases"/> does,
/// then its full text, paragraph by paragraph. Each paragraph's translation is kept by target language, SHA-256 of
/// the paragraph and model (<see cref="IParagraphTranslationStore"/>), so an edited text re-buys only its changed
/// paragraphs and a re-run buys nothing; short paragraphs share a call (<see cref="BodyBatches"/>). Every call is
/// metered under the ledger operation <c>translate-body</c> and refused by the budgets like any other.
/// One per unit of work, used by one thread at a time.
/// </summary>
public sealed class BodyTranslationUseCases
{
    /// <summary>The ledger operation of a body translation call.</summary>
    public const string Operation = "translate-body";

    private readonly ModelContext _context;
    private readonly IItemStore _items;
    private readonly IParagraphTranslationStore _paragraphs;
    private readonly TranslationUseCases _fields;

    internal BodyTranslationUseCases(ModelContext context, IItemStore items, IParagraphTranslationStore paragraphs, TranslationUseCases fields)
    {
        _context = context;
        _items = items;
        _paragraphs = paragraphs;
        _fields = fields;
    }

    /// <summary>
    /// What translating the titles, summaries, keywords and texts of <paramref name="ids"/> (every item when
    /// <paramref name="all"/>) into <paramref name="languages"/> would cost, before anything is sent: the fields as
    /// <see cref="TranslationUseCases.PlanTranslationsAsync"/> counts them, plus one call per batch of the paragraphs
    /// this model has not translated into that language yet.
    /// </summary>
    public async Task<Result<ModelPlan>> PlanAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model = null, CancellationToken cancellationToken = default)
    {
        var fields = await _fields.PlanTranslationsAsync(ids, all, languages, model, cancellationToken).ConfigureAwait(false);
        if (!fields.IsSuccess)
        {
            return fields;
        }

        var ready = await WorkAsync(ids, all, languages, model, _context.Ledger, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return Result<ModelPlan>.Fail(ready.Error!);
        }

        var (_, _, chosen, work) = ready.Value;
        var counter = _context.Runtime.TokenizerFor(chosen);
        long input = fields.Value.InputTokens, output = fields.Value.OutputTokens;
        int calls = fields.Value.Calls;
        foreach (var text in work)
        {
            var cached = await _paragraphs.GetParagraphTranslationsAsync(text.Language, text.Hashes, chosen, cancellationToken).ConfigureAwait(false);
            foreach (var batch in BodyBatches.Of(text.Missing(cached, counter)))
            {
                calls++;
                var messages = BodyTranslationPrompts.Translate(text.Language, [.. batch.Select(p => p.Text)]);
                input += 12 + messages.Sum(m => counter.CountTokens(m.Text));
                output += BodyTranslationPrompts.OutputTokens(batch.Sum(p => p.Tokens));
            }
        }

        return fields.Value with { Calls = calls, InputTokens = input, OutputTokens = output, Cost = _context.Runtime.Prices.Estimate(chosen, input, output).Cost };
    }

    /// <summary>
    /// Translates the titles, summaries and keywords (ledger operation <c>translate</c>), then each text's paragraphs
    /// that this model has not translated into that language yet (operation <c>translate-body</c>), keeping each
    /// call's paragraphs as soon as it answers. A bilingual file's text is its first language version only, and the
    /// language of its author-written second version is never bought. Stops at the first refusal (a budget) or
    /// provider failure with its reason; what was bought so far is kept.
    /// </summary>
    public Task<ModelRun<BodyTranslationReport>> TranslateAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model = null, CancellationToken cancellationToken = default) =>
        ModelRun<BodyTranslationReport>.RecordAsync(_context.Ledger, ledger => TranslateAsync(ids, all, languages, model, ledger, cancellationToken));

    private async Task<Result<BodyTranslationReport>> TranslateAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        var fields = await _fields.TranslateAsync(ids, all, languages, model, ledger, cancellationToken).ConfigureAwait(false);
        if (!fields.IsSuccess)
        {
            return Result<BodyTranslationReport>.Fail(fields.Error!);
        }

        if (fields.Value.StoppedBecause is { } stopped)
        {
            return new BodyTranslationReport(fields.Value, [], [], stopped);
        }

        var ready = await WorkAsync(ids, all, languages, model, ledger, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return Result<BodyTranslationReport>.Fail(ready.Error!);
        }

        var (chat, _, chosen, work) = ready.Value;
        var counter = _context.Runtime.TokenizerFor(chosen);
        string by = "model:" + chosen;
        var bodies = new List<BodyTranslationOutcome>();
        var failures = new List<TranslationFailure>();
        foreach (var text in work)
        {
            var cached = await _paragraphs.GetParagraphTranslationsAsync(text.Language, text.Hashes, chosen, cancellationToken).ConfigureAwait(false);
            int bought = 0;
            foreach (var batch in BodyBatches.Of(text.Missing(cached, counter)))
            {
                var messages = BodyTranslationPrompts.Translate(text.Language, [.. batch.Select(p => p.Text)]);
                var options = ModelCall.Options(Operation, text.ItemId, chosen, BodyTranslationPrompts.OutputTokens(batch.Sum(p => p.Tokens)));
                ChatResponse response;
                try
                {
                    response = await chat.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is ProviderCallException or ModelCallRefusedException)
                {
                    bodies.Add(new BodyTranslationOutcome(text.ItemId, text.Language, text.Hashes.Count, cached.Count, bought, by));
                    return new BodyTranslationReport(fields.Value, bodies, failures, e.Message);
                }

                var translated = BodyTranslationPrompts.Read(response.Text, batch.Count);
                if (!translated.IsSuccess)
                {
                    failures.Add(new TranslationFailure(text.ItemId, text.Language, translated.Error!));
                    continue;
                }

                var at = _context.Time.GetUtcNow();
                await _paragraphs.SaveParagraphTranslationsAsync(
                    [.. batch.Select((p, i) => new ParagraphTranslation(text.Language, p.Sha256, chosen, translated.Value[i], at))], cancellationToken).ConfigureAwait(false);
                bought += batch.Count;
            }

            bodies.Add(new BodyTranslationOutcome(text.ItemId, text.Language, text.Hashes.Count, cached.Count, bought, by));
        }

        return new BodyTranslationReport(fields.Value, bodies, failures, null);
    }

    private async Task<Result<(IChatClient Chat, ProviderOptions Provider, string Model, IReadOnlyList<BodyText> Work)>> WorkAsync(
        IReadOnlyList<string> ids, bool all, IReadOnlyList<string> languages, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(languages);
        if (_context.Config.Providers.Count == 0)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<BodyText>)>.Fail(TranslationUseCases.NoModelForTranslation);
        }

        var resolved = _context.Runtime.Resolve(model, ledger);
        if (!resolved.IsSuccess)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<BodyText>)>.Fail(resolved.Error!);
        }

        var found = await _fields.ItemsAsync(ids, all, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<(IChatClient, ProviderOptions, string, IReadOnlyList<BodyText>)>.Fail(found.Error!);
        }

        var items = found.Value;
        var (chat, provider, chosen) = resolved.Value;
        var work = new List<BodyText>();
        // The same languages the title/abstract translation leaves alone: the author's and those a collected item holds.
        var held = await _fields.HeldLanguagesAsync(items, all, cancellationToken).ConfigureAwait(false);
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            var fields = await _items.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
            // A bilingual file's author-written second version is its text in that language: never bought, and not part of what is translated.
            string text = BilingualText.FirstText(await _items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "", fields);
            string? byAuthor = fields.GetValueOrDefault(Ingest.Stages.StatementsStage.SecondPrefix + "language");
            string own = TranslationLanguages.Primary(item.Language);
            var paragraphs = BodyParagraphs.Split(text).DistinctBy(BodyParagraphs.Hash).ToList();
            var collected = held?.GetValueOrDefault(item.Id) ?? [];
            foreach (string language in languages.Where(l => l != own && l != byAuthor && !collected.Contains(l, StringComparer.OrdinalIgnoreCase)))
            {
                work.Add(new BodyText(item.Id, language, paragraphs));
            }
        }

        return (chat, provider, chosen, (IReadOnlyList<BodyText>)work);
    }
}
