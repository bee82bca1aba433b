using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>How items get vectors for semantic and hybrid search.</summary>
public sealed class EmbeddingSettings
{
    /// <summary>The names <see cref="Mode"/> accepts.</summary>
    public static IReadOnlyList<string> Modes { get; } = ["background", "inline", "off"];

    /// <summary>
    /// When new items are embedded: <c>background</c> (default: <c>roots add</c> returns at full
    /// speed and a detached <c>roots embed</c> catches up; search is lexical for items without
    /// vectors), <c>inline</c> (the command embeds before it returns), or <c>off</c> (only
    /// <c>roots embed</c> does). The environment variable <c>ROOTS_EMBED</c> overrides it.
    /// </summary>
    [YamlMember(Alias = "mode")]
    public string Mode { get; set; } = "background";

    /// <summary>Passages embedded per item at most (default 16), so a 500-page PDF costs what its first pages cost.</summary>
    [YamlMember(Alias = "max_chunks")]
    public int MaxChunks { get; set; } = 16;

    /// <summary>
    /// The name of a provider from <c>providers</c> whose OpenAI-compatible <c>/embeddings</c>
    /// endpoint makes the vectors instead of the local MiniLM (e.g. a multilingual model); with it,
    /// set <see cref="Model"/>, and <see cref="Languages"/> to <c>[]</c> when the model reads every language.
    /// </summary>
    [YamlMember(Alias = "provider")]
    public string? Provider { get; set; }

    /// <summary>The embedding model at <see cref="Provider"/> (e.g. text-embedding-3-small, text-embedding-v3, bge-m3).</summary>
    [YamlMember(Alias = "model")]
    public string? Model { get; set; }

    /// <summary>
    /// The languages the embedding model understands (primary tags; default <c>[en]</c>, what
    /// all-MiniLM-L6-v2 was trained on; empty means every language, for a multilingual model).
    /// Hybrid search and related items use vectors only for queries and items in these languages:
    /// an English-only model's vectors of Chinese text are noise that would drown good lexical results.
    /// </summary>
    [YamlMember(Alias = "languages")]
    public List<string> Languages { get; set; } = ["en"];

    /// <summary>True when vectors of text in <paramref name="language"/> carry meaning.</summary>
    public bool Understands(string language) =>
        Languages.Count == 0 || Languages.Contains(language.Split('-')[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The least cosine similarity at which a passage counts as a match for a query in semantic and hybrid
    /// search (and for related items by meaning); below it a vector neighbour is noise, so a query with no
    /// real match finds nothing instead of the nearest strangers. Unset: the local model's calibrated floor
    /// (<see cref="LocalModelFloor"/>), or 0 for a provider's model, whose scale differs (set it for yours).
    /// </summary>
    [YamlMember(Alias = "min_similarity")]
    public double? MinSimilarity { get; set; }

    /// <summary>
    /// all-MiniLM-L6-v2's floor, measured (bench/README.md, "Honest ranking"): half of nonsense queries'
    /// nearest passages score below it, and more than 95% of the relevant SciFact documents found score above it.
    /// </summary>
    public const double LocalModelFloor = 0.25;

    /// <summary>
    /// How much higher the floor is for a query none of whose words occurs in any item: only meaning can match
    /// it; the nearest passages of nonsense reach 0.35 with the local model, true matches of meaning alone 0.37 and up (bench/README.md).
    /// </summary>
    public const double MeaningOnlyMargin = 0.10;

    /// <summary>The floor in force: <see cref="MinSimilarity"/>, else the model's default.</summary>
    [YamlIgnore]
    public double EffectiveMinSimilarity => MinSimilarity ?? (string.IsNullOrWhiteSpace(Provider) ? LocalModelFloor : 0.0);

    /// <summary>The environment variables read with the file (the engine's: <see cref="RootsOptions.Environment"/>).</summary>
    [YamlIgnore]
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The mode in force: <c>ROOTS_EMBED</c> when set to a known mode, else <see cref="Mode"/>.</summary>
    [YamlIgnore]
    public string EffectiveMode =>
        Environment("ROOTS_EMBED") is { } env && Modes.Contains(env) ? env : Mode;
}
