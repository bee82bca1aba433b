using System.Globalization;
using Microsoft.Extensions.AI;
using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Models.Doctor;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.App.Models;

/// <summary>
/// The model use cases over items and the ledger: summaries, questions, the providers' health and what was spent.
/// Each operation that calls a model returns the usage it recorded (<see cref="ModelRun{T}"/>). One per unit of
/// work, used by one thread at a time; the providers' breakers behind it are the engine's.
/// </summary>
public sealed class ModelUseCases
{
    private readonly ModelContext _context;
    private readonly IItemStore _items;
    private readonly IModelSummaryStore _summaries;
    private readonly Func<HttpClient> _probe;
    private readonly Func<string, CancellationToken, Task<IReadOnlyList<AskPassage>>> _passages;

    internal ModelUseCases(
        ModelContext context, IItemStore items, IModelSummaryStore summaries, Func<HttpClient> probe,
        Func<string, CancellationToken, Task<IReadOnlyList<AskPassage>>> passages)
    {
        _context = context;
        _items = items;
        _summaries = summaries;
        _probe = probe;
        _passages = passages;
    }

    /// <summary>The ledger of model calls.</summary>
    public IUsageLedger Ledger => _context.Ledger;

    /// <summary>
    /// Checks <c>roots.yaml</c>'s providers and budgets and the environment (see <see cref="ProviderDoctor"/>);
    /// <paramref name="probe"/> also asks each endpoint's <c>/models</c> route, with a 3-second timeout.
    /// </summary>
    public async Task<IReadOnlyList<DoctorFinding>> DoctorAsync(bool probe = true, CancellationToken cancellationToken = default)
    {
        string path = Path.Combine(_context.Directory, LibraryConfigFile.FileName);
        string text = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : "";
        var input = new DoctorInput([.. _context.Config.Providers.Select(p => p.ToDeclaration())], text, _context.Config.Budgets.Any, _context.Runtime.Keys, _context.Runtime.Prices);
        var http = probe ? _probe() : null;
        return await ProviderDoctor.ExamineAsync(input, http, TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each provider's last success and error, error rate, circuit, spend against budget and balance (best effort).</summary>
    public async Task<IReadOnlyList<ProviderStatus>> StatusAsync(CancellationToken cancellationToken = default)
    {
        var now = _context.Time.GetUtcNow();
        var monthStart = BudgetPeriods.Start(BudgetPeriod.Monthly, now, _context.Zone);
        var todayStart = BudgetPeriods.Start(BudgetPeriod.Daily, now, _context.Zone);
        var month = await _context.Ledger.ReadAsync(monthStart, cancellationToken).ConfigureAwait(false);
        var budgets = _context.Config.Budgets.ToBudgets();
        var http = _probe();
        var statuses = new List<ProviderStatus>();
        foreach (var provider in _context.Config.Providers)
        {
            var options = provider.ToDeclaration().ToOptions();
            Money? balance = null;
            if (options.IsSuccess && _context.Runtime.Keys.KeyOf(options.Value) is { IsSuccess: true } key)
            {
                balance = await BalanceProbe.ReadAsync(options.Value, key.Value, http, TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
            }

            string circuit = _context.Runtime.CircuitOf(provider.Name)?.ToString().ToLowerInvariant() ?? "closed";
            statuses.Add(StatusBuilder.Build(provider, month, todayStart, budgets, circuit, balance));
        }

        return statuses;
    }

    /// <summary>The ledger since <paramref name="since"/>, one line per model, operation or day and currency.</summary>
    public async Task<IReadOnlyList<CostLine>> CostsAsync(DateTimeOffset since, CostGrouping by, CancellationToken cancellationToken = default)
    {
        var rows = await _context.Ledger.ReadAsync(since, cancellationToken).ConfigureAwait(false);
        return CostSummary.Group(rows, by, _context.Zone);
    }

    /// <summary>The ledger since <paramref name="since"/>, per day and model (or operation): the costs chart.</summary>
    public async Task<IReadOnlyList<DailyCost>> DailyCostsAsync(DateTimeOffset since, CostGrouping by, CancellationToken cancellationToken = default)
    {
        var rows = await _context.Ledger.ReadAsync(since, cancellationToken).ConfigureAwait(false);
        return CostSummary.GroupByDay(rows, by, _context.Zone);
    }

    /// <summary>
    /// What summarising <paramref name="ids"/> would cost, before anything is sent: items whose text
    /// the model already summarised are not counted. Fails for an unknown id or without a provider.
    /// </summary>
    public async Task<Result<ModelPlan>> PlanSummariesAsync(IReadOnlyList<string> ids, string? model = null, CancellationToken cancellationToken = default)
    {
        var resolved = _context.Runtime.Resolve(model, _context.Ledger);
        if (!resolved.IsSuccess)
        {
            return Result<ModelPlan>.Fail(resolved.Error!);
        }

        var (_, provider, chosen) = resolved.Value;
        var targets = await SummaryTargetsAsync(ids, chosen, cancellationToken).ConfigureAwait(false);
        if (!targets.IsSuccess)
        {
            return Result<ModelPlan>.Fail(targets.Error!);
        }

        var counter = _context.Runtime.TokenizerFor(chosen);
        long input = 0;
        int calls = 0;
        foreach (var target in targets.Value.Where(t => t.Cached is null))
        {
            calls++;
            input += 12 + ModelPrompts.Summary(target.Title, target.Text).Sum(m => counter.CountTokens(m.Text));
        }

        long output = (long)calls * ModelPrompts.SummaryOutputTokens;
        var estimate = _context.Runtime.Prices.Estimate(chosen, input, output);
        return new ModelPlan(provider.Name, chosen, calls, input, output, estimate.Cost);
    }

    /// <summary>
    /// Summarises items with a model, one metered call each, reusing a summary of the same text by
    /// the same model. Stops at the first refusal or failure with its reason; summaries made so far are kept.
    /// </summary>
    public Task<ModelRun<SummaryReport>> SummarizeAsync(IReadOnlyList<string> ids, string? model = null, CancellationToken cancellationToken = default) =>
        ModelRun<SummaryReport>.RecordAsync(_context.Ledger, ledger => SummarizeAsync(ids, model, ledger, cancellationToken));

    private async Task<Result<SummaryReport>> SummarizeAsync(IReadOnlyList<string> ids, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        var resolved = _context.Runtime.Resolve(model, ledger);
        if (!resolved.IsSuccess)
        {
            return Result<SummaryReport>.Fail(resolved.Error!);
        }

        var (chat, _, chosen) = resolved.Value;
        var targets = await SummaryTargetsAsync(ids, chosen, cancellationToken).ConfigureAwait(false);
        if (!targets.IsSuccess)
        {
            return Result<SummaryReport>.Fail(targets.Error!);
        }

        string by = "model:" + chosen;
        var done = new List<SummaryOutcome>();
        foreach (var target in targets.Value)
        {
            if (target.Cached is { } cached)
            {
                done.Add(new SummaryOutcome(target.ItemId, target.Title, cached, by, true));
                continue;
            }

            var options = ModelCall.Options("summarize", target.ItemId, chosen, ModelPrompts.SummaryOutputTokens);
            try
            {
                var response = await chat.GetResponseAsync(ModelPrompts.Summary(target.Title, target.Text), options, cancellationToken).ConfigureAwait(false);
                string summary = response.Text.Trim();
                await _summaries.SaveModelSummaryAsync(target.ItemId, target.Sha256, chosen, summary, cancellationToken).ConfigureAwait(false);
                done.Add(new SummaryOutcome(target.ItemId, target.Title, summary, by, false));
            }
            catch (Exception e) when (e is ProviderCallException or ModelCallRefusedException)
            {
                return new SummaryReport(done, e.Message);
            }
        }

        return new SummaryReport(done, null);
    }

    /// <summary>
    /// What answering <paramref name="question"/> would cost, before anything is sent: one call reading the
    /// passages retrieval finds (none when nothing matches). Fails without a provider.
    /// </summary>
    public async Task<Result<ModelPlan>> PlanAskAsync(string question, string? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var resolved = _context.Runtime.Resolve(model, _context.Ledger);
        if (!resolved.IsSuccess)
        {
            return Result<ModelPlan>.Fail(resolved.Error!);
        }

        var (_, provider, chosen) = resolved.Value;
        var passages = await _passages(question, cancellationToken).ConfigureAwait(false);
        if (passages.Count == 0)
        {
            return new ModelPlan(provider.Name, chosen, 0, 0, 0, _context.Runtime.Prices.Estimate(chosen, 0, 0).Cost);
        }

        var counter = _context.Runtime.TokenizerFor(chosen);
        long input = 12 + ModelPrompts.Question(question, passages).Sum(m => counter.CountTokens(m.Text));
        long output = ModelPrompts.AnswerOutputTokens;
        return new ModelPlan(provider.Name, chosen, 1, input, output, _context.Runtime.Prices.Estimate(chosen, input, output).Cost);
    }

    /// <summary>
    /// Answers <paramref name="question"/> from the library: hybrid retrieval of passages, then a model
    /// answer citing them as [1], [2]. Without a provider, the passages and a note saying a model is needed.
    /// </summary>
    public Task<ModelRun<AskAnswer>> AskAsync(string question, string? model = null, CancellationToken cancellationToken = default) =>
        ModelRun<AskAnswer>.RecordAsync(_context.Ledger, ledger => AskAsync(question, model, ledger, cancellationToken));

    private async Task<Result<AskAnswer>> AskAsync(string question, string? model, IUsageLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var passages = await _passages(question, cancellationToken).ConfigureAwait(false);
        if (_context.Config.Providers.Count == 0)
        {
            return new AskAnswer(question, passages, null, null,
                "a model is needed for an answer: add a provider under providers in roots.yaml (roots doctor checks it); the passages above are what it would read");
        }

        if (passages.Count == 0)
        {
            return new AskAnswer(question, passages, null, null, "nothing in the library matches the question, so no model was asked");
        }

        var resolved = _context.Runtime.Resolve(model, ledger);
        if (!resolved.IsSuccess)
        {
            return Result<AskAnswer>.Fail(resolved.Error!);
        }

        var (chat, _, chosen) = resolved.Value;
        try
        {
            var response = await chat.GetResponseAsync(ModelPrompts.Question(question, passages),
                ModelCall.Options("ask", null, chosen, ModelPrompts.AnswerOutputTokens), cancellationToken).ConfigureAwait(false);
            return new AskAnswer(question, passages, response.Text.Trim(), "model:" + chosen, null);
        }
        catch (Exception e) when (e is ProviderCallException or ModelCallRefusedException)
        {
            return Result<AskAnswer>.Fail(e.Message);
        }
    }

    private async Task<Result<IReadOnlyList<SummaryTarget>>> SummaryTargetsAsync(IReadOnlyList<string> ids, string model, CancellationToken cancellationToken)
    {
        var targets = new List<SummaryTarget>();
        foreach (string id in ids)
        {
            var item = await _context.FindItem(id, cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                return Result<IReadOnlyList<SummaryTarget>>.Fail($"no item {id}; roots list shows the ids");
            }

            var versions = await _items.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
            string sha = versions.First(v => v.Number == item.CurrentVersion).Sha256;
            string text = await _items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
            string? cached = await _summaries.GetModelSummaryAsync(item.Id, sha, model, cancellationToken).ConfigureAwait(false);
            targets.Add(new SummaryTarget(item.Id, item.Title, text, sha, cached));
        }

        return targets;
    }

    private sealed record SummaryTarget(long ItemId, string Title, string Text, string Sha256, string? Cached);
}
