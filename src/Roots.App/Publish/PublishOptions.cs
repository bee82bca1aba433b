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

    /// <summary>
    /// Asked, once the site is planned and before anything is written, when the publish selects no item
    /// or would remove more than half of the existing site's pages (<see cref="PublishPreview.NeedsConfirmation"/>);
    /// false stops it and leaves the folder as it was. Null: go ahead (a caller publishing into a folder of its own).
    /// </summary>
    public Func<PublishPreview, bool>? Confirm { get; init; }
}
