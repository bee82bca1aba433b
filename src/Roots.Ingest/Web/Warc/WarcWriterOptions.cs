namespace Roots.Ingest.Web.Warc;

/// <summary>How <see cref="WarcWriter"/> names, rotates and syncs its files.</summary>
public sealed record WarcWriterOptions
{
    /// <summary>File name prefix. Default <c>roots</c>.</summary>
    public string Prefix { get; init; } = "roots";

    /// <summary>A new file is started once the current one reaches this size. Default 1 GB, the usual WARC size.</summary>
    public long MaxFileBytes { get; init; } = 1_000_000_000;

    /// <summary>
    /// fsync after every exchange, so that an acknowledged write survives a crash. Default true;
    /// bulk imports that can re-fetch may turn it off.
    /// </summary>
    public bool FlushToDisk { get; init; } = true;

    /// <summary>Software named in <c>warcinfo</c>.</summary>
    public string Software { get; init; } = "Roots/0.1";
}
