using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.Models;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary>
/// The use cases that call a language model, as <c>roots ask</c>, <c>summarize</c>, <c>translate</c> and
/// <c>tag --model</c> do: <c>POST /api/ask</c>, <c>/api/summarize</c>, <c>/api/translate</c> and
/// <c>/api/items/tags/model</c>. Without <c>"confirm": true</c> each answers the estimate (calls, tokens, cost,
/// model) and sends nothing; with it, it runs (every call metered against the budgets, one ledger row each) and
/// answers the result with the usage the run recorded. No provider: 409 with the one-line reason; a budget
/// refusal before anything was made: 402; a failing provider: 502; unknown items: 404.
/// </summary>
internal static class ModelsApi
{
    /// <summary>Items in one request at most; larger batches are for the command line.</summary>
    public const int MaxItems = 100;

    /// <summary>The longest question accepted, in characters.</summary>
    public const int MaxQuestionChars = 2_000;

    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ask", AskAsync);
        app.MapPost("/api/summarize", SummarizeAsync);
        app.MapPost("/api/translate", TranslateAsync);
        app.MapPost("/api/items/tags/model", TagAsync);
        return app;
    }

    private static async Task<IResult> AskAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<AskRequestJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        string question = body!.Question?.Trim() ?? "";
        if (question.Length is 0 or > MaxQuestionChars)
        {
            return Problems.BadRequest($"ask a question of 1 to {MaxQuestionChars} characters: {{\"question\": \"…\"}}");
        }

        string? model = ModelOf(body.Model);
        var request = new MeteredRequest([], body.Confirm ?? false);
        return await MeteredAsync(pool, request,
            (library, ct) => library.Models.PlanAskAsync(question, model, ct),
            (library, ct) => library.Models.AskAsync(question, model, ct),
            answer => new Outcome(
                new Dictionary<string, object?>
                {
                    ["question"] = answer.Question,
                    ["answer"] = answer.Answer,
                    ["by"] = answer.By,
                    ["note"] = answer.Note,
                    ["passages"] = answer.Passages,
                },
                null,
                answer.Answer is null ? 0 : 1),
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> SummarizeAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, ids, error) = await ReadItemsAsync<ModelItemsJson>(context, b => b.Items, "{\"items\": [\"1\", \"2\"]}", cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        string? model = ModelOf(body!.Model);
        return await MeteredAsync(pool, new MeteredRequest(ids, body.Confirm ?? false),
            (library, ct) => library.Models.PlanSummariesAsync(ids, model, ct),
            (library, ct) => library.Models.SummarizeAsync(ids, model, ct),
            report => new Outcome(
                new Dictionary<string, object?> { ["summaries"] = report.Summaries },
                report.StoppedBecause,
                report.Summaries.Count(s => !s.Cached)),
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> TranslateAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, ids, error) = await ReadItemsAsync<TranslateRequestJson>(context, b => b.Items, "{\"items\": [\"1\"], \"to\": [\"zh\", \"en\"]}", cancellationToken)
            .ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var languages = TranslationLanguages.Parse(string.Join(',', body!.To ?? []));
        if (!languages.IsSuccess)
        {
            return Problems.BadRequest($"to must list target languages, from {string.Join(", ", TranslationLanguages.Supported)}: "
                + languages.Error!.Replace("--to ", "", StringComparison.Ordinal));
        }

        string? model = ModelOf(body.Model);
        return await MeteredAsync(pool, new MeteredRequest(ids, body.Confirm ?? false),
            (library, ct) => library.Translations.PlanTranslationsAsync(ids, false, languages.Value, model, ct),
            (library, ct) => library.Translations.TranslateAsync(ids, false, languages.Value, model, ct),
            report => new Outcome(
                new Dictionary<string, object?> { ["translations"] = report.Translations, ["failures"] = report.Failures },
                report.StoppedBecause,
                report.Translations.Count(t => !t.Cached) + report.Failures.Count),
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> TagAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, ids, error) = await ReadItemsAsync<ModelItemsJson>(context, b => b.Items, "{\"items\": [\"1\", \"2\"]}", cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        string? model = ModelOf(body!.Model);
        return await MeteredAsync(pool, new MeteredRequest(ids, body.Confirm ?? false),
            (library, ct) => library.ModelTags.PlanModelTagsAsync(ids, model, ct),
            (library, ct) => library.ModelTags.TagWithModelAsync(ids, model, ct),
            report => new Outcome(
                new Dictionary<string, object?> { ["items"] = report.Items, ["dropped"] = report.Dropped },
                report.StoppedBecause,
                report.Items.Count(i => !i.Cached)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The shared flow: unknown items are 404; the plan (no provider, no key, no taxonomy: 409); without confirm the
    /// estimate alone; with it the run and the usage it recorded. Stopped before anything new was made: as the run's
    /// usage says (<see cref="ModelUsage.Stop"/>); stopped part way: 200 with <c>stoppedBecause</c>.
    /// </summary>
    private static async Task<IResult> MeteredAsync<T>(
        LibraryPool pool, MeteredRequest request,
        Func<App.Library, CancellationToken, Task<Result<ModelPlan>>> plan,
        Func<App.Library, CancellationToken, Task<ModelRun<T>>> run,
        Func<T, Outcome> read,
        CancellationToken cancellationToken)
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var library = lease.Library;
        foreach (string id in request.Ids)
        {
            if (await library.Lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return Problems.NotFound($"no item '{id}'; nothing was sent");
            }
        }

        var planned = await plan(library, cancellationToken).ConfigureAwait(false);
        if (!planned.IsSuccess)
        {
            return Problems.Conflict(planned.Error!);
        }

        var estimate = EstimateJson.Of(planned.Value);
        if (!request.Confirm)
        {
            return TypedResults.Ok(new { confirmed = false, estimate });
        }

        var ran = await run(library, cancellationToken).ConfigureAwait(false);
        var recorded = RecordedJson.Of(ran.Usage.Rows, estimate.Currency);
        if (!ran.IsSuccess)
        {
            return Stopped(ran.Error!, ran.Usage);
        }

        var outcome = read(ran.Value);
        if (outcome.StoppedBecause is { } reason && outcome.Fresh == 0)
        {
            return Stopped(reason, ran.Usage);
        }

        var response = new Dictionary<string, object?> { ["confirmed"] = true, ["estimate"] = estimate };
        foreach (var (key, value) in outcome.Fields)
        {
            response[key] = value;
        }

        response["stoppedBecause"] = outcome.StoppedBecause;
        response["recorded"] = recorded;
        return TypedResults.Ok(response);
    }

    private static IResult Stopped(string reason, ModelUsage usage) => usage.Stop switch
    {
        ModelStop.RefusedByBudget => TypedResults.Problem(statusCode: StatusCodes.Status402PaymentRequired, title: "Refused by a budget", detail: reason),
        ModelStop.NothingSent => Problems.Conflict(reason),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The provider failed", detail: reason),
    };

    /// <summary>A request body that names items: the body and its ids, or the error to answer (a bad body, or no or too many items, with <paramref name="example"/>).</summary>
    private static async Task<(TBody? Body, List<string> Ids, IResult? Error)> ReadItemsAsync<TBody>(HttpContext context, Func<TBody, IReadOnlyList<string>?> items, string example,
        CancellationToken cancellationToken)
        where TBody : class
    {
        var (body, error) = await JsonBody.ReadAsync<TBody>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, [], error);
        }

        return IdsOf(items(body!)) is { } ids ? (body, ids, null) : (null, [], Problems.BadRequest($"name 1 to {MaxItems} items: {example}"));
    }

    private static List<string>? IdsOf(IReadOnlyList<string>? items)
    {
        var ids = (items ?? []).Select(i => i?.Trim() ?? "").Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count is 0 or > MaxItems ? null : ids;
    }

    private static string? ModelOf(string? model) => string.IsNullOrWhiteSpace(model) ? null : model.Trim();

    private sealed record MeteredRequest(IReadOnlyList<string> Ids, bool Confirm);

    private sealed record Outcome(IReadOnlyDictionary<string, object?> Fields, string? StoppedBecause, int Fresh);
}

/// <summary>A question for <c>POST /api/ask</c>.</summary>
internal sealed record AskRequestJson(string? Question, string? Model, bool? Confirm);

/// <summary>Items for <c>POST /api/summarize</c> and <c>/api/items/tags/model</c>.</summary>
internal sealed record ModelItemsJson(IReadOnlyList<string>? Items, string? Model, bool? Confirm);

/// <summary>Items and target languages for <c>POST /api/translate</c>.</summary>
internal sealed record TranslateRequestJson(IReadOnlyList<string>? Items, IReadOnlyList<string>? To, string? Model, bool? Confirm);

/// <summary>What a model batch would cost before anything is sent; <c>cost</c> is null when the model has no price.</summary>
internal sealed record EstimateJson(string Provider, string Model, int Calls, long InputTokens, long OutputTokens, decimal? Cost, string? Currency, string CostText)
{
    public static EstimateJson Of(ModelPlan plan) =>
        new(plan.Provider, plan.Model, plan.Calls, plan.InputTokens, plan.OutputTokens, plan.Cost?.Amount, plan.Cost?.Currency, plan.CostText);
}

/// <summary>
/// What the ledger recorded for one confirmed request: answered, refused and failed calls, tokens, and the cost
/// (null when a call had no price).
/// </summary>
internal sealed record RecordedJson(int Calls, int Refused, int Failed, long InputTokens, long OutputTokens, decimal? Cost, string? Currency)
{
    public static RecordedJson Of(IReadOnlyList<LedgerEntry> rows, string? currency)
    {
        var answered = rows.Where(r => r.Outcome == "success").ToList();
        bool unpriced = answered.Any(r => r.Cost is null);
        return new RecordedJson(
            answered.Count,
            rows.Count(r => r.Outcome == "refused"),
            rows.Count(r => r.Outcome is "failed" or "cancelled"),
            answered.Sum(r => r.InputTokens),
            answered.Sum(r => r.OutputTokens),
            unpriced ? null : rows.Sum(r => r.Cost ?? 0m),
            rows.Select(r => r.Currency).FirstOrDefault(c => c is not null) ?? currency);
    }
}
