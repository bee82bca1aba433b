using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots ask "QUESTION" [--model M] [--yes] [--json]</c>: passages by hybrid retrieval and a model's answer
/// citing them as [1], [2]; without a provider, the passages and a line saying a model is needed. A paid
/// call is estimated first and confirmed (or <c>--yes</c>), as <c>roots summarize</c> does.
/// </summary>
public sealed class AskCommand : LibraryCommand<AskCommand.Settings>
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Question))
        {
            Terminal.Error("ask a question: roots ask \"QUESTION\"");
            return ExitCodes.Usage;
        }

        // Without a provider (or with an unknown --model) there is nothing to price: AskAsync says why.
        var plan = await library.Models.PlanAskAsync(settings.Question, settings.Model, cancellationToken).ConfigureAwait(false);
        if (plan is { IsSuccess: true, Value: { Calls: > 0 } estimate })
        {
            Terminal.Err.WriteLine(
                $"estimate: {estimate.Calls} calls to {estimate.Model} via {estimate.Provider}, ~{estimate.InputTokens:N0} input + up to {estimate.OutputTokens:N0} output tokens, {estimate.CostText}");
            var confirmed = Confirmation.Ask(settings.Yes, "ask");
            if (confirmed != ExitCodes.Success)
            {
                return confirmed;
            }
        }

        var asked = await library.Models.AskAsync(settings.Question, settings.Model, cancellationToken).ConfigureAwait(false);
        if (!asked.IsSuccess)
        {
            Terminal.Error(asked.Error!);
            return ExitCodes.Failure;
        }

        var a = asked.Value;
        if (settings.Json)
        {
            ModelsJson.Write(new AskJson(a.Question, a.Answer, a.By, a.Note, [.. a.Passages.Select(p => new PassageJson(p.Number, p.ItemId, p.Title, p.Text))]));
            return ExitCodes.Success;
        }

        if (a.Answer is { } answer)
        {
            Terminal.Line(answer);
            Terminal.Line();
            Terminal.Out.MarkupLineSafe($"[grey]sources ({a.By}):[/]");
        }

        foreach (var p in a.Passages)
        {
            Terminal.Out.MarkupLineSafe($"[bold][[{p.Number}]][/] item {p.ItemId}: {p.Title}");
            if (a.Answer is null)
            {
                Terminal.Line("    " + p.Text.ReplaceLineEndings(" "));
            }
        }

        if (a.Note is { } note)
        {
            Terminal.Note(note);
        }

        return ExitCodes.Success;
    }

    /// <summary>Options of <c>roots ask</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The question.</summary>
        [CommandArgument(0, "<QUESTION>")]
        [Description("The question, in any language.")]
        public string Question { get; init; } = "";

        /// <summary>The model.</summary>
        [CommandOption("--model <MODEL>")]
        [Description("The model (default: the first provider's first model).")]
        public string? Model { get; init; }

        /// <summary>Skip the confirmation.</summary>
        [CommandOption("--yes|-y")]
        [Description("Ask the model without asking you after showing the estimate (for scripts).")]
        public bool Yes { get; init; }
    }
}
