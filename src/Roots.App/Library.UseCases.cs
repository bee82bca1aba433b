using Roots.App.Admin;
using Roots.App.Connect;
using Roots.App.Find;
using Roots.App.Items;
using Roots.App.Jobs;
using Roots.App.Organise;
using Roots.App.Publish;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Transfer;
using Roots.Core.Understanding;

namespace Roots.App;

// The use cases of Find, Connect (reading links), Organise, Publish, Admin and Jobs: each a class of its
// feature folder taking only the ports it uses, made on first use from this unit of work's store.
public sealed partial class Library
{
    private ItemLookup? _lookup;
    private KeywordRanker? _keywords;
    private Searcher? _find;
    private BatchSearcher? _batch;
    private ItemReader? _read;
    private RelatedFinder? _related;
    private LinkGraphReader? _graph;
    private Tagger? _tags;
    private TagVocabulary? _vocabulary;
    private TaxonomyEditor? _taxonomyEditor;
    private JobControl? _jobs;
    private PublishFacts? _publishFacts;
    private Publisher? _site;
    private RecordExporter? _export;
    private Upkeep? _upkeep;
    private LibraryCopier? _copy;

    /// <summary>Which item a user's id means (a number or an external id).</summary>
    public ItemLookup Lookup => _lookup ??= new(_store);

    /// <summary>An item's keywords, ranked against this library.</summary>
    public KeywordRanker Keywords => _keywords ??= new(_store);

    /// <summary>Search: lexical, semantic, hybrid, or by identifier.</summary>
    public Searcher Find => _find ??= new(_store, _store, _store, _store, Config, VectorsAsync, EmbedQueryAsync);

    /// <summary>Batch search: the queries of a file, one after another.</summary>
    public BatchSearcher Batch => _batch ??= new(Find);

    /// <summary>Listing, counting and showing items.</summary>
    public ItemReader Read => _read ??= new(_store, _store, _store, _archive, Lookup, Keywords, Tags, Related, LinksOfAsync, TranslationsOfAsync);

    /// <summary>The items related to one item, by words and meaning.</summary>
    public RelatedFinder Related => _related ??= new(_store, _store, Config, Lookup, VectorsAsync);

    /// <summary>The link graph.</summary>
    public LinkGraphReader Graph => _graph ??= new(_store, _store);

    /// <summary>The user's tags on items.</summary>
    public Tagger Tags => _tags ??= new(_store, Config, Directory, Lookup, _sidecars.RefreshSidecarAsync);

    /// <summary>The tags in use, and merging one into another.</summary>
    public TagVocabulary Vocabulary => _vocabulary ??= new(_store, Config);

    /// <summary>Saving the taxonomy's categories and tags in <c>roots.yaml</c>.</summary>
    public TaxonomyEditor TaxonomyEditor => _taxonomyEditor ??= new(Config, Directory);

    /// <summary>One job, and retrying or cancelling it.</summary>
    public JobControl Jobs => _jobs ??= new(_store);

    /// <summary>Publishing the static site, and checking it.</summary>
    public Publisher Site => _site ??= new(PublishFacts, Config, Directory, _time);

    /// <summary>Exporting publication records.</summary>
    public RecordExporter Export => _export ??= new(_store, _store, _store, PublishFacts, Config, _time);

    /// <summary>Verifying, repairing and reindexing the library.</summary>
    public Upkeep Upkeep => _upkeep ??= new(_store, _store, _archive, Config, _store.CheckIntegrityAsync, Restorer.RestoreFromArchiveAsync, _sidecars.WriteSidecarsAsync);

    /// <summary>Copying the whole library into another.</summary>
    public LibraryCopier Copy => _copy ??= new(_store, _store as ILibraryTransfer, _archive, Upkeep, Directory, StoreName);

    private PublishFacts PublishFacts => _publishFacts ??=
        new(_store, _store, _store, _store, _store, _store, _store as ILibraryTransfer, Directory, IsReadOnly, Lookup, Keywords, TranslationsOfAsync);

    /// <summary>The item with this number, else the one imported with this external id; null when none.</summary>
    // forwarder until the other partials move (issue 16)
    public Task<Item?> FindItemAsync(string id, CancellationToken cancellationToken = default) => Lookup.FindItemAsync(id, cancellationToken);

    /// <summary>Ranks items for <paramref name="query"/> (see <see cref="Searcher.SearchAsync"/>).</summary>
    // forwarder until the other partials move (issue 16)
    public Task<IReadOnlyList<SearchResult>> SearchAsync(string query, ItemFilter filter, bool snippets = true, SearchMode mode = SearchMode.Auto, CancellationToken cancellationToken = default) =>
        Find.SearchAsync(query, filter, snippets, mode, cancellationToken);

    /// <summary>The top keywords of a text, TF-IDF against this library.</summary>
    // forwarder until the other partials move (issue 16)
    public Task<IReadOnlyList<Keyword>> KeywordsAsync(string text, CancellationToken cancellationToken = default) => Keywords.KeywordsAsync(text, cancellationToken);
}
