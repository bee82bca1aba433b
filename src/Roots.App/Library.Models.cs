using Roots.App.Models;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Models.Providers;

namespace Roots.App;

public sealed partial class Library
{
    private const int AskPassages = 5;

    private ModelRuntime? _runtime;
    private ModelContext? _modelContext;
    private ModelUseCases? _models;
    private ModelTagUseCases? _modelTags;
    private TranslationUseCases? _translations;

    /// <summary>Summaries, questions, the providers' health and costs (<see cref="ModelUseCases"/>).</summary>
    public ModelUseCases Models => _models ??=
        new ModelUseCases(ModelContext, _store, _store, () => _engine.Http(RootsEngine.ProbeClient), AskPassagesAsync);

    /// <summary>Tags chosen by a model from the taxonomy (<see cref="ModelTagUseCases"/>).</summary>
    public ModelTagUseCases ModelTags => _modelTags ??= new ModelTagUseCases(ModelContext, _store, _store, _store);

    /// <summary>Translations of items' titles, summaries and keywords (<see cref="TranslationUseCases"/>).</summary>
    public TranslationUseCases Translations => _translations ??=
        new TranslationUseCases(ModelContext, _store, _store, _store, (text, cancellationToken) => KeywordsAsync(text, cancellationToken));

    /// <summary>The provider clients over the engine's breakers; keys come from the process environment.</summary>
    private ModelRuntime Runtime => _runtime ??= new ModelRuntime(
        Config, _engine.CircuitsOf(Directory), _time, TimeZone, ProviderKeys.FromProcess, _engine.TokenizersOf(Directory, Config));

    private ModelContext ModelContext => _modelContext ??= new ModelContext(Config, Directory, Runtime, _store, _time, TimeZone, FindItemAsync);

    /// <summary>An item's stored translations, each with whether it still matches the item's title and text.</summary>
    // forwarder until the other partials move (issue 16)
    public Task<IReadOnlyList<(ItemTranslation Translation, bool Current)>> TranslationsOfAsync(long itemId, string title, string text, CancellationToken cancellationToken = default) =>
        Translations.TranslationsOfAsync(itemId, title, text, cancellationToken);

    /// <summary>The passages a question is answered from: the best matches' snippets.</summary>
    private async Task<IReadOnlyList<AskPassage>> AskPassagesAsync(string question, CancellationToken cancellationToken)
    {
        var results = await SearchAsync(question, new ItemFilter(Limit: AskPassages), snippets: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. results.Select((r, i) => new AskPassage(i + 1, r.Item.Id, r.Item.Title, r.Snippet?.Text ?? r.Item.Title))];
    }
}
