namespace Roots.App.Publish;

/// <summary>What <c>roots publish</c> was asked to do.</summary>
public sealed record PublishOptions
{
    /// <summary>The output folder; <c>null</c> for <c>&lt;library&gt;/site</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The base URL; <c>null</c> for <c>site.base_url</c>, else <c>http://localhost/</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Which items: <c>all</c> (default), <c>tag:T</c> or <c>category:C</c>.</summary>
    public string Select { get; init; } = "all";

    /// <summary>The page languages; empty for <c>site.languages</c>, else the languages of the selected items.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
