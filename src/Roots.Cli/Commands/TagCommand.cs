using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots tag ID +t -t [--category C] [--json]</c>: the user adds and removes tags. A removed tag is
/// remembered, so <c>roots classify</c>, rules and models never put it back; adding it again lifts that.
/// <c>roots tag ID... --model [NAME] [--yes]</c> lets a model choose tags from the taxonomy (see <see cref="ModelTagging"/>).
/// </summary>
public sealed class TagCommand : LibraryCommand<TagCommand.Settings>
{
    /// <summary>Options of <c>roots tag</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The item number or external id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The item number, or the external id it was imported with.")]
        public string Id { get; init; } = "";

        /// <summary><c>+tag</c> adds, <c>-tag</c> removes (rewritten to <c>--remove tag</c> before parsing), a bare tag adds.</summary>
        [CommandArgument(1, "[CHANGES]")]
        [Description("+TAG adds a tag, -TAG removes it (synonyms map to the taxonomy's name).")]
        public string[] Changes { get; init; } = [];

        /// <summary>Tags to remove.</summary>
        [CommandOption("--remove <TAG>")]
        [Description("A tag to remove; same as -TAG.")]
        public string[] Remove { get; init; } = [];

        /// <summary>A category to set.</summary>
        [CommandOption("--category <NAME>")]
        [Description("Set the item's category (yours: the classifier never changes it).")]
        public string? Category { get; init; }

        /// <summary>Let a model choose tags from the taxonomy; the value names the model (default: the first provider's first).</summary>
        [CommandOption("--model [MODEL]")]
        [Description("Let a model choose tags from the taxonomy for each ID (estimate first; optional model name).")]
        public FlagValue<string> Model { get; init; } = new();

        /// <summary>Skip the confirmation of <c>--model</c>.</summary>
        // No -y here: in roots tag, -TAG removes a tag.
        [CommandOption("--yes")]
        [Description("With --model: run without asking after showing the estimate (for scripts).")]
        public bool Yes { get; init; }

        /// <summary>Tags to add.</summary>
        public IReadOnlyList<string> Added => Changes.Select(c => c.StartsWith('+') ? c[1..] : c).ToList();

        /// <summary>With <c>--model</c>, every argument is an item.</summary>
        public IReadOnlyList<string> Ids => [Id, .. Changes];

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Model.IsSet)
            {
                return Remove.Length > 0 || Category is not null || Changes.Any(c => c.StartsWith('+'))
                    ? ValidationResult.Error("--model tags items by itself: roots tag ID... --model [NAME]; change tags by hand in a separate command")
                    : ValidationResult.Success();
            }

            return Changes.Length == 0 && Remove.Length == 0 && Category is null
                ? ValidationResult.Error("say what to change: roots tag ID +TAG -TAG [--category NAME], or let a model choose: roots tag ID... --model")
                : ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Model.IsSet)
        {
            return await ModelTagging.RunAsync(library, settings.Ids, settings.Model.Value, settings.Yes, settings.Json, cancellationToken).ConfigureAwait(false);
        }

        var result = await library.Tags.TagAsync(settings.Id, settings.Added, settings.Remove, settings.Category, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            Terminal.Error(result.Error!);
            return ExitCodes.Failure;
        }

        var change = result.Value;
        if (settings.Json)
        {
            JsonOutput.Write(new TagChangeJson(change.ItemId, change.Added, change.Removed,
                change.Tags.Select(JsonOutput.ToJson).ToList(), change.Category is null ? null : JsonOutput.ToJson(change.Category)));
            return ExitCodes.Success;
        }

        var changes = change.Added.Select(t => "+" + t).Concat(change.Removed.Select(t => "-" + t)).ToList();
        Terminal.Line($"item {change.ItemId}: {(changes.Count == 0 ? "no change" : Printable.Line(string.Join(' ', changes)))}");
        Terminal.Line($"tags: {TagText.List(change.Tags)}");
        if (change.Category is not null)
        {
            Terminal.Line($"category: {TagText.Of(change.Category)}");
        }

        return ExitCodes.Success;
    }
}
