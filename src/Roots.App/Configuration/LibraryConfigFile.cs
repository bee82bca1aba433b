using Roots.Core;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roots.App.Configuration;

/// <summary>Reads and writes <c>roots.yaml</c>.</summary>
public static class LibraryConfigFile
{
    /// <summary>The file name inside a library.</summary>
    public const string FileName = "roots.yaml";

    /// <summary>The file a new library starts with: every setting at its default, with comments.</summary>
    public const string Template = """
        # Roots library configuration. Every setting shows its default.
        # store: sqlite         # or postgres://user@host:5432/db (password from PGPASSWORD or ~/.pgpass)
        # archive: archive      # the originals' folder; workers on several machines share one
        ingest:
          max_file_mb: 100      # larger files are refused with a reason
          batch_size: 256       # items kept per database transaction
        analysis:
          chinese: words_and_bigrams  # or bigrams, or words; run roots reindex after a change
        search:
          title_weight: 2.0     # how much a title match counts against a body match
          cross_lingual: true   # also search the query translated zh<->en (CC-CEDICT), ranked below exact matches
        embeddings:
          mode: background      # background | inline | off (ROOTS_EMBED overrides); roots embed catches up
          max_chunks: 16        # passages embedded per item at most
          languages: [en]       # languages the model understands; [] for a multilingual model
          # min_similarity: 0.25  # a vector neighbour below this is no match (default: the local model's floor)
          # provider: openai    # a provider below whose /embeddings endpoint replaces the local MiniLM
          # model: text-embedding-3-small
        # taxonomy:             # what automatic tagging may use (roots tag, roots classify)
        #   allow_new_tags: false   # auto tags come only from the taxonomy unless true
        #   min_confidence: 0.6     # classifier suggestions below this are shown, not applied
        #   categories: [research, news, notes]
        #   tags:
        #     - name: ai
        #       synonyms: ["AI", "人工智能", "artificial intelligence"]
        #   rules:
        #     - tag: ai             # or category: research
        #       keywords: ["neural network", "大模型"]
        #       regex: "(?i)\\bLLMs?\\b"
        #       source: "feed:*arxiv*"
        #       lang: en
        # site:                 # what roots publish and roots export say about your journal
        #   title: { zh: 时代跃迁, en: The Epochal Transition }
        #   description: { zh: 一份独立期刊, en: An independent journal }
        #   base_url: https://example.org/   # canonical URLs, sitemap, feeds
        #   languages: [zh, en]            # first is the default; empty: the items' languages
        #   issn: 3083-5178
        #   publisher: The Epochal Transition
        #   licence: CC-BY-4.0             # SPDX id
        #   own_tags: [mine]               # items with these tags are your own work too (as add --own, own: true)
        #   authors:                       # authors of the site's own items (own: true) that name none
        #     - { family: Wu, given: Zhaohui, orcid: 0009-0009-5318-3027 }
        #   about: { en: "Who we are and what we publish." }
        # tokenizers:           # Hugging Face tokenizer.json files: roots tokens --tokenizers qwen3
        #   - { name: qwen3, path: tokenizers/qwen3.json }   # a price's tokenizer: qwen3 uses it for estimates
        # watch:                # folders roots serve collects new and changed files from (every minute)
        #   - { path: ~/Downloads/papers, tags: [papers] }
        # fetch:
        #   allow: [127.0.0.1]  # private hosts the web fetcher may reach (also ROOTS_FETCH_ALLOW)
        # providers: []         # model providers; keys come from environment variables named here
        # prices:               # add to or replace the dated default price book
        #   - { model: my-model, input: 0.50, output: 1.50, currency: USD }
        """;

    /// <summary>Loads the configuration of the library at <paramref name="libraryDirectory"/>; defaults when there is no file.</summary>
    public static Result<LibraryConfig> Load(string libraryDirectory)
    {
        string path = Path.Combine(libraryDirectory, FileName);
        if (!File.Exists(path))
        {
            return new LibraryConfig();
        }

        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .IgnoreUnmatchedProperties()
                .Build();
            var config = deserializer.Deserialize<LibraryConfig?>(File.ReadAllText(path)) ?? new LibraryConfig();
            return Validate(config, path);
        }
        catch (YamlException e)
        {
            return Result<LibraryConfig>.Fail($"{path}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
    }

    private static Result<LibraryConfig> Validate(LibraryConfig config, string path)
    {
        if (config.Ingest.MaxFileMegabytes is < 1 or > 100_000)
        {
            return Result<LibraryConfig>.Fail($"{path}: ingest.max_file_mb must be between 1 and 100000");
        }

        if (config.Ingest.BatchSize is < 1 or > 100_000)
        {
            return Result<LibraryConfig>.Fail($"{path}: ingest.batch_size must be between 1 and 100000");
        }

        if (!config.Analysis.IsChineseNameValid)
        {
            return Result<LibraryConfig>.Fail($"{path}: analysis.chinese must be words_and_bigrams, bigrams or words, not '{config.Analysis.ChineseName}'");
        }

        if (StoreLocation.Parse(config.Store) is { IsSuccess: false } store)
        {
            return Result<LibraryConfig>.Fail($"{path}: {store.Error}");
        }

        if (config.Search.TitleWeight is < 0 or > 100)
        {
            return Result<LibraryConfig>.Fail($"{path}: search.title_weight must be between 0 and 100");
        }

        if (!EmbeddingSettings.Modes.Contains(config.Embeddings.Mode))
        {
            return Result<LibraryConfig>.Fail($"{path}: embeddings.mode must be background, inline or off, not '{config.Embeddings.Mode}'");
        }

        if (config.Watch.Any(folder => string.IsNullOrWhiteSpace(folder.Path)))
        {
            return Result<LibraryConfig>.Fail($"{path}: watch: each folder needs a path");
        }

        foreach (var tokenizer in config.Tokenizers)
        {
            if (string.IsNullOrWhiteSpace(tokenizer.Name) || string.IsNullOrWhiteSpace(tokenizer.Path))
            {
                return Result<LibraryConfig>.Fail($"{path}: tokenizers: each needs a name and the path of its tokenizer.json");
            }

            if (Roots.Tokens.Tokenizers.TokenizerNames.BuiltIn.Contains(Roots.Tokens.Tokenizers.TokenizerNames.Canonical(tokenizer.Name), StringComparer.OrdinalIgnoreCase))
            {
                return Result<LibraryConfig>.Fail($"{path}: tokenizers: '{tokenizer.Name}' is a built-in tokenizer; give the tokenizer.json another name");
            }
        }

        if (config.Prices.Select(p => p.Problem()).FirstOrDefault(p => p is not null) is { } priceProblem)
        {
            return Result<LibraryConfig>.Fail($"{path}: prices: {priceProblem}");
        }

        if (config.Embeddings.Provider is { Length: > 0 } embedder)
        {
            var provider = config.Providers.FirstOrDefault(p => p.Name == embedder);
            if (provider is null || string.IsNullOrWhiteSpace(provider.BaseUrl) || string.IsNullOrWhiteSpace(config.Embeddings.Model))
            {
                return Result<LibraryConfig>.Fail($"{path}: embeddings.provider '{embedder}' must name a provider with a base_url, and embeddings.model must be set");
            }
        }

        if (config.Embeddings.MinSimilarity is < -1 or > 1 || config.Embeddings.MinSimilarity is double.NaN)
        {
            return Result<LibraryConfig>.Fail($"{path}: embeddings.min_similarity must be between -1 and 1");
        }

        if (config.Embeddings.MaxChunks is < 1 or > 1000)
        {
            return Result<LibraryConfig>.Fail($"{path}: embeddings.max_chunks must be between 1 and 1000");
        }

        config.Taxonomy ??= new TaxonomySettings();
        var taxonomy = config.Taxonomy.Compile();
        if (!taxonomy.IsSuccess)
        {
            return Result<LibraryConfig>.Fail($"{path}: taxonomy: {taxonomy.Error}");
        }

        config.Site ??= new SiteSettings();
        if (config.Site.Validate() is { } siteProblem)
        {
            return Result<LibraryConfig>.Fail($"{path}: {siteProblem}");
        }

        config.Ocr ??= new OcrSettings();
        if (config.Ocr.Validate() is { } ocrProblem)
        {
            return Result<LibraryConfig>.Fail($"{path}: {ocrProblem}");
        }

        config.Fetch ??= new FetchSettings();
        if (config.Fetch.Validate() is { } fetchProblem)
        {
            return Result<LibraryConfig>.Fail($"{path}: {fetchProblem}");
        }

        config.Providers ??= [];
        if (config.Providers.Select(p => p?.Name?.Trim() ?? "").Where(n => n.Length > 0).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Result<LibraryConfig>.Fail($"{path}: providers: the name '{twice.Key}' is used twice; give each provider its own name");
        }

        config.Budgets ??= new BudgetSettings();
        if (config.Budgets.Validate() is { } budgetProblem)
        {
            return Result<LibraryConfig>.Fail($"{path}: {budgetProblem}");
        }

        return config;
    }
}
