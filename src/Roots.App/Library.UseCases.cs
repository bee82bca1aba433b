using Roots.App.Admin;
using Roots.App.Collect;
using Roots.App.Connect;
using Roots.App.Embedding;
using Roots.App.Find;
using Roots.App.Items;
using Roots.App.Jobs;
using Roots.App.Keep;
using Roots.App.Models;
using Roots.App.Organise;
using Roots.App.Publish;
using Roots.App.Tokens;
using Roots.App.Understand;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Transfer;
using Roots.Models.Providers;

namespace Roots.App;

// The use cases, by feature folder (DESIGN.md's flow: collect, understand, connect, keep, find, publish, and
// models, organise, admin): each a class taking only the ports it uses, made on first use from this unit of
// work's store. This file only wires them; what each does is in its folder.
public sealed partial class Library
{
    private const int AskPassages = 5;

    /// <summary>Collects files, folders, notes, JSONL records and uploads.</summary>
    public FileCollector Files => field ??= new(_collect, _store);

    /// <summary>Collects web pages and PDFs by URL, and the URLs of list files.</summary>
    public WebCollector Web => field ??= new(_collect, _store, _store, _store, _store);

    /// <summary>Feed subscriptions and polling them.</summary>
    public FeedSubscriptions Feeds => field ??= new(_collect, _store, _store);

    /// <summary>Mail subscriptions (IMAP folders) and polling them.</summary>
    public MailSubscriptions Mail => field ??= new(_collect, _store, _engine.Variable);

    /// <summary>Folders collected as they change (<c>roots watch</c>, the <c>watch:</c> folders that <c>roots serve</c> scans).</summary>
    public WatchedFolders Watched => field ??= new(_collect, Files);

    /// <summary>The queue of files and URLs for workers.</summary>
    public JobQueue Queue => field ??= new(_collect, _store);

    /// <summary><c>roots worker</c>: collects what is queued.</summary>
    public Worker Worker => field ??= new(_collect, _store, _store, _store);

    /// <summary>One job, and retrying or cancelling it.</summary>
    public JobControl Jobs => field ??= new(_store);

    /// <summary>The learned classifier: training it, applying it with the taxonomy's rules.</summary>
    public Classifier Classifier => field ??= new(Directory, Config, _store, _store, _time, Lookup.FindItemAsync);

    /// <summary>Vectors for items and queries, and the related links they give.</summary>
    public Embeddings Embeddings => field ??= new(Directory, Config, _store, () => _engine.Http(RootsEngine.EmbeddingClient), _time, TimeZone, () => Runtime);

    /// <summary>The full near-duplicate pass (<c>roots dupes</c>).</summary>
    public Duplicates Duplicates => field ??= new(_store, _store, _store, IsReadOnly);

    /// <summary>An item's explicit links: mentions and backlinks, attachments and the messages they arrived in.</summary>
    public LinkReader Links => field ??= new(_store, _store);

    /// <summary>The items related to one item, by words and meaning.</summary>
    public RelatedFinder Related => field ??= new(_store, _store, Config, Lookup, Embeddings.VectorsAsync);

    /// <summary>The link graph.</summary>
    public LinkGraphReader Graph => field ??= new(_store, _store);

    /// <summary>Bringing items back from the archive alone (<c>roots rebuild</c>).</summary>
    public ArchiveRestorer Restorer => field ??= new(_collect, _store);

    /// <summary>Which item a user's id means (a number or an external id).</summary>
    public ItemLookup Lookup => field ??= new(_store);

    /// <summary>An item's keywords, ranked against this library.</summary>
    public KeywordRanker Keywords => field ??= new(_store);

    /// <summary>Search: lexical, semantic, hybrid, or by identifier.</summary>
    public Searcher Find => field ??= new(_store, _store, _store, _store, Config, Embeddings.VectorsAsync, Embeddings.EmbedQueryAsync);

    /// <summary>Batch search: the queries of a file, one after another.</summary>
    public BatchSearcher Batch => field ??= new(Find);

    /// <summary>Listing, counting and showing items.</summary>
    public ItemReader Read => field ??=
        new(_store, _store, _store, _archive, Lookup, Keywords, Tags, Related, Links.LinksOfAsync, Translations.TranslationsOfAsync);

    /// <summary>The user's tags on items.</summary>
    public Tagger Tags => field ??= new(_store, Config, Directory, Lookup, _sidecars.RefreshSidecarAsync);

    /// <summary>The tags in use, and merging one into another.</summary>
    public TagVocabulary Vocabulary => field ??= new(_store, Config);

    /// <summary>Saving the taxonomy's categories and tags in <c>roots.yaml</c>.</summary>
    public TaxonomyEditor TaxonomyEditor => field ??= new(Config, Directory);

    /// <summary>Publishing the static site, and checking it.</summary>
    public Publisher Site => field ??= new(PublishFacts, Config, Directory, _time);

    /// <summary>Exporting publication records.</summary>
    public RecordExporter Export => field ??= new(_store, _store, _store, PublishFacts, Config, _time);

    /// <summary>Verifying, repairing and reindexing the library.</summary>
    public Upkeep Upkeep => field ??=
        new(_store, _store, _archive, Config, _store.CheckIntegrityAsync, Restorer.RestoreFromArchiveAsync, _sidecars.WriteSidecarsAsync);

    /// <summary>Copying the whole library into another.</summary>
    public LibraryCopier Copy => field ??= new(_store, _store as ILibraryTransfer, _archive, Upkeep, Directory, StoreName);

    /// <summary>Tokens of the library's own texts (<c>roots tokens</c>, the language tax).</summary>
    public TokenMeasures TokenCounts => field ??= new(_store, Lookup, new LibraryTranslationPairs(_store, _store, PublishFacts, () => Config.Site.Languages).FindAsync);

    /// <summary>Summaries, questions, the providers' health and costs.</summary>
    public ModelUseCases Models => field ??= new(ModelContext, _store, _store, () => _engine.Http(RootsEngine.ProbeClient), AskPassagesAsync);

    /// <summary>Tags chosen by a model from the taxonomy.</summary>
    public ModelTagUseCases ModelTags => field ??= new(ModelContext, _store, _store, _store);

    /// <summary>Translations of items' titles, summaries and keywords.</summary>
    public TranslationUseCases Translations => field ??= new(ModelContext, _store, _store, _store, Keywords.KeywordsAsync,
        (ids, all, cancellationToken) => Export.LanguageVersionsAsync(ids, all, cancellationToken));

    /// <summary>Translations of items' full texts, paragraph by paragraph, with their titles, summaries and keywords.</summary>
    public BodyTranslationUseCases BodyTranslations => field ??= new(ModelContext, _store, _store, Translations);

    private PublishFacts PublishFacts => field ??= new(
        _store, _store, _store, _store, _store, _store, _store as ILibraryTransfer, Directory, IsReadOnly, Lookup, Keywords, Translations.TranslationsOfAsync, _store);

    /// <summary>The provider clients over the engine's breakers; keys come from the process environment.</summary>
    internal ModelRuntime Runtime => field ??= new(Config, _engine.CircuitsOf(Directory), _time, TimeZone, new ProviderKeys(_engine.Variable), _engine.TokenizersOf(Directory, Config));

    private ModelContext ModelContext => field ??= new(Config, Directory, Runtime, _store, _time, TimeZone, Lookup.FindItemAsync);

    /// <summary>The passages a question is answered from: the best matches' snippets.</summary>
    private async Task<IReadOnlyList<AskPassage>> AskPassagesAsync(string question, CancellationToken cancellationToken)
    {
        var results = await Find.SearchAsync(question, new ItemFilter(Limit: AskPassages), snippets: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. results.Select((r, i) => new AskPassage(i + 1, r.Item.Id, r.Item.Title, r.Snippet?.Text ?? r.Item.Title))];
    }
}
