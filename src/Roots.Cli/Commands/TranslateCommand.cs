using System.ComponentModel;
using Roots.App.Models;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots translate ID...|--all --to zh,en [--body] [--model M] [--yes] [--json]</c>: each item's title, summary and
/// keywords in each target language but its own, and with <c>--body</c> its full text paragraph by paragraph; the
/// estimate first, stored per language (the text per paragraph), never bought twice for an unchanged source.
/// </summary>
public sealed class TranslateCommand : LibraryCommand<TranslateCommand.Settings>
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var languages = TranslationLanguages.Parse(settings.To);
        if (!languages.IsSuccess)
        {
            Terminal.Error(languages.Error!);
            return ExitCodes.Usage;
        }

        if (settings.Body)
        {
            return await TranslateBodiesAsync(library, settings, languages.Value, cancellationToken).ConfigureAwait(false);
        }

        var (r, exit) = await PaidBatch.RunAsync<TranslationReport>(
            ct => library.Translations.PlanTranslationsAsync(settings.Ids, settings.All, languages.Value, settings.Model, ct),
            ct => library.Translations.TranslateAsync(settings.Ids, settings.All, languages.Value, settings.Model, ct), settings.Yes, "translate", cancellationToken).ConfigureAwait(false);
        if (r is null)
        {
            return exit;
        }

        if (settings.Json)
        {
            ModelsJson.Write(new TranslationReportJson(
                [.. r.Translations.Select(t => new TranslationJsonLine(t.ItemId, t.Language, t.Title, t.Summary, t.Keywords, t.By, t.SourceSha256, t.Cached))],
                [.. r.Failures.Select(f => new TranslationFailureJson(f.ItemId, f.Language, f.Reason))],
                r.StoppedBecause));
        }
        else
        {
            foreach (var t in r.Translations)
            {
                Terminal.Out.MarkupLineSafe($"[bold]{t.ItemId}[/] {t.Language}  {t.Title}  [grey]({t.By}{(t.Cached ? ", cached" : "")})[/]");
            }
        }

        foreach (var f in r.Failures)
        {
            Terminal.Err.WriteLine($"item {f.ItemId} ({f.Language}): {Printable.Line(f.Reason)}; the next run asks again");
        }

        if (r.StoppedBecause is { } reason)
        {
            Terminal.Error($"stopped after {r.Translations.Count} translations: {reason}");
            return r.Translations.Count > 0 ? ExitCodes.Partial : ExitCodes.Failure;
        }

        return r.Failures.Count == 0 ? ExitCodes.Success : r.Translations.Count > 0 ? ExitCodes.Partial : ExitCodes.Failure;
    }

    /// <summary><c>--body</c>: the fields as without it, then the texts, under one estimate and one confirmation.</summary>
    private static async Task<int> TranslateBodiesAsync(App.Library library, Settings settings, IReadOnlyList<string> languages, CancellationToken cancellationToken)
    {
        var (r, exit) = await PaidBatch.RunAsync<BodyTranslationReport>(
            ct => library.BodyTranslations.PlanAsync(settings.Ids, settings.All, languages, settings.Model, ct),
            ct => library.BodyTranslations.TranslateAsync(settings.Ids, settings.All, languages, settings.Model, ct), settings.Yes, "translate", cancellationToken).ConfigureAwait(false);
        if (r is null)
        {
            return exit;
        }

        var failures = r.Fields.Failures.Concat(r.Failures).ToList();
        if (settings.Json)
        {
            ModelsJson.Write(new BodyTranslationReportJson(
                [.. r.Fields.Translations.Select(t => new TranslationJsonLine(t.ItemId, t.Language, t.Title, t.Summary, t.Keywords, t.By, t.SourceSha256, t.Cached))],
                [.. r.Bodies.Select(b => new BodyTranslationJsonLine(b.ItemId, b.Language, b.Paragraphs, b.Cached, b.Bought, b.Complete, b.By))],
                [.. failures.Select(f => new TranslationFailureJson(f.ItemId, f.Language, f.Reason))],
                r.StoppedBecause));
        }
        else
        {
            foreach (var t in r.Fields.Translations)
            {
                Terminal.Out.MarkupLineSafe($"[bold]{t.ItemId}[/] {t.Language}  {t.Title}  [grey]({t.By}{(t.Cached ? ", cached" : "")})[/]");
            }

            foreach (var b in r.Bodies)
            {
                Terminal.Out.MarkupLineSafe(
                    $"[bold]{b.ItemId}[/] {b.Language}  text: {b.Paragraphs} paragraphs, {b.Bought} bought, {b.Cached} cached{(b.Complete ? "" : ", incomplete")}  [grey]({b.By})[/]");
            }
        }

        foreach (var f in failures)
        {
            Terminal.Err.WriteLine($"item {f.ItemId} ({f.Language}): {Printable.Line(f.Reason)}; the next run asks again");
        }

        int done = r.Fields.Translations.Count + r.Bodies.Count;
        if (r.StoppedBecause is { } reason)
        {
            Terminal.Error($"stopped after {r.Fields.Translations.Count} translations and {r.Bodies.Count} texts: {reason}");
            return done > 0 ? ExitCodes.Partial : ExitCodes.Failure;
        }

        return failures.Count == 0 ? ExitCodes.Success : done > 0 ? ExitCodes.Partial : ExitCodes.Failure;
    }

    /// <summary>Options of <c>roots translate</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The items.</summary>
        [CommandArgument(0, "[ID]")]
        [Description("Item numbers or external ids.")]
        public string[] Ids { get; init; } = [];

        /// <summary>Every item.</summary>
        [CommandOption("--all")]
        [Description("Translate every item.")]
        public bool All { get; init; }

        /// <summary>The target languages.</summary>
        [CommandOption("--to <LANGUAGES>")]
        [Description("Target languages, comma-separated: zh,en,ja,ko,fr,de,es,ru,ar,pt (an item's own language is skipped).")]
        public string? To { get; init; }

        /// <summary>The model.</summary>
        [CommandOption("--model <MODEL>")]
        [Description("The model (default: the first provider's first model).")]
        public string? Model { get; init; }

        /// <summary>Also the full text.</summary>
        [CommandOption("--body")]
        [Description("Also translate the full text, paragraph by paragraph; each paragraph is kept, so an edit re-buys only the changed ones.")]
        public bool Body { get; init; }

                /// <summary>Skip the confirmation.</summary>
        [CommandOption("--yes|-y")]
        [Description("Run without asking after showing the estimate (for scripts).")]
        public bool Yes { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            (Ids.Length > 0) != All
                ? ValidationResult.Success()
                : ValidationResult.Error("name the items or --all (not both): roots translate ID... --to zh,en");
    }
}
