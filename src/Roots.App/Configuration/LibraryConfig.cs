using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// The parts of <c>roots.yaml</c> this build reads. Unknown sections are ignored so that a
/// newer file still opens; API keys never live here (providers name an environment variable).
/// </summary>
public sealed class LibraryConfig
{
    /// <summary>
    /// The database: empty or <c>sqlite</c> for <c>roots.db</c> in the library folder, or
    /// <c>postgres://user@host[:port]/database</c> for a store shared by many workers (see <see cref="StoreLocation"/>).
    /// </summary>
    [YamlMember(Alias = "store")]
    public string? Store { get; set; }

    /// <summary>Where originals are archived: <c>archive/</c> in the library folder unless set (a folder every worker shares).</summary>
    [YamlMember(Alias = "archive")]
    public string? Archive { get; set; }

    /// <summary>The parsed <see cref="Store"/> (validated when the file is loaded).</summary>
    [YamlIgnore]
    public StoreLocation StoreLocation => StoreLocation.Parse(Store) is { IsSuccess: true } parsed ? parsed.Value : StoreLocation.Sqlite;

    /// <summary>Collection settings.</summary>
    [YamlMember(Alias = "ingest")]
    public IngestSettings Ingest { get; set; } = new();

    /// <summary>Text analysis settings.</summary>
    [YamlMember(Alias = "analysis")]
    public AnalysisSettings Analysis { get; set; } = new();

    /// <summary>Search settings.</summary>
    [YamlMember(Alias = "search")]
    public SearchSettings Search { get; set; } = new();

    /// <summary>Vector embedding settings.</summary>
    [YamlMember(Alias = "embeddings")]
    public EmbeddingSettings Embeddings { get; set; } = new();

    /// <summary>Categories, tags, synonyms and rules for automatic tagging.</summary>
    [YamlMember(Alias = "taxonomy")]
    public TaxonomySettings Taxonomy { get; set; } = new();

    /// <summary>The journal a library publishes: titles, base URL, languages, ISSN, publisher, licence, authors.</summary>
    [YamlMember(Alias = "site")]
    public SiteSettings Site { get; set; } = new();

    /// <summary>OCR of images and scanned PDF pages: on or off, languages, timeout (<c>ocr:</c>).</summary>
    [YamlMember(Alias = "ocr")]
    public OcrSettings Ocr { get; set; } = new();

    /// <summary>The guarded web fetcher: private hosts it may reach (<c>fetch.allow</c>).</summary>
    [YamlMember(Alias = "fetch")]
    public FetchSettings Fetch { get; set; } = new();

    /// <summary>Model providers (name, kind, base_url, key_env, models); keys stay in environment variables.</summary>
    [YamlMember(Alias = "providers")]
    public List<ProviderSettings> Providers { get; set; } = [];

    /// <summary>Spending limits for model calls, per day and month, overall and per provider.</summary>
    [YamlMember(Alias = "budgets")]
    public BudgetSettings Budgets { get; set; } = new();

    /// <summary>Folders <c>roots serve</c> collects new and changed files from, every round.</summary>
    [YamlMember(Alias = "watch")]
    public List<WatchFolderSettings> Watch { get; set; } = [];

    /// <summary>Hugging Face tokenizer.json files to count with, by name.</summary>
    [YamlMember(Alias = "tokenizers")]
    public List<TokenizerSettings> Tokenizers { get; set; } = [];

    /// <summary>
    /// The built-in tokenizers and those of <see cref="Tokenizers"/> (paths relative to
    /// <paramref name="libraryDirectory"/>); a file is read on first use, and a bad one says why then.
    /// </summary>
    public Roots.Tokens.Tokenizers.TokenizerRegistry TokenizerRegistry(string libraryDirectory)
    {
        var registry = new Roots.Tokens.Tokenizers.TokenizerRegistry();
        foreach (var tokenizer in Tokenizers)
        {
            registry.AddTokenizerJson(tokenizer.Name, System.IO.Path.Combine(libraryDirectory, tokenizer.Path));
        }

        return registry;
    }

    /// <summary>Prices that add to or replace the dated default price book, per model.</summary>
    [YamlMember(Alias = "prices")]
    public List<PriceSettings> Prices { get; set; } = [];
}

/// <summary>How documents are collected.</summary>
public sealed class IngestSettings
{
    /// <summary>Files larger than this many megabytes are refused with a reason (default 100).</summary>
    [YamlMember(Alias = "max_file_mb")]
    public long MaxFileMegabytes { get; set; } = 100;

    /// <summary>Items kept per database transaction (default 256; larger is faster, smaller loses less on a crash).</summary>
    [YamlMember(Alias = "batch_size")]
    public int BatchSize { get; set; } = 256;
}

/// <summary>How results are ranked.</summary>
public sealed class SearchSettings
{
    /// <summary>How much a title match counts against a body match in BM25 (default 2).</summary>
    [YamlMember(Alias = "title_weight")]
    public double TitleWeight { get; set; } = Core.Ports.SearchRequest.DefaultTitleWeight;

    /// <summary>
    /// Whether a query is also translated word by word into the other language (Chinese ↔ English,
    /// CC-CEDICT) and that ranking fused below the original one, so a Chinese query finds the English
    /// passage on the same idea (default true; lexical and hybrid search, and <c>roots related</c>).
    /// </summary>
    [YamlMember(Alias = "cross_lingual")]
    public bool CrossLingual { get; set; } = true;
}

/// <summary>How text is analysed for the index. Changing a setting needs <c>roots reindex</c>.</summary>
public sealed class AnalysisSettings
{
    private static readonly Dictionary<string, Core.Analysis.ChineseIndexing> ChineseNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["words_and_bigrams"] = Core.Analysis.ChineseIndexing.WordsAndBigrams,
        ["bigrams"] = Core.Analysis.ChineseIndexing.Bigrams,
        ["words"] = Core.Analysis.ChineseIndexing.Words,
    };

    /// <summary>How Chinese is indexed, as written in the file: words_and_bigrams (default), bigrams, or words.</summary>
    [YamlMember(Alias = "chinese")]
    public string ChineseName { get; set; } = "words_and_bigrams";

    /// <summary>The parsed <see cref="ChineseName"/>; the default when it is not one of the names.</summary>
    [YamlIgnore]
    public Core.Analysis.ChineseIndexing Chinese => ChineseNames.GetValueOrDefault(ChineseName);

    /// <summary>True when <see cref="ChineseName"/> is one of the known names.</summary>
    [YamlIgnore]
    public bool IsChineseNameValid => ChineseNames.ContainsKey(ChineseName);
}
