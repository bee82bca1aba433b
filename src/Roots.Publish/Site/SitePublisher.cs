using Roots.Core;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;
using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Site;

/// <summary>
/// Publishes a static site: loads the theme (with the library's overrides), plans every file and
/// writes what changed. The one entry point the App layer calls.
/// </summary>
public static class SitePublisher
{
    /// <summary>Writes the site of <paramref name="content"/> into <paramref name="directory"/>.</summary>
    /// <param name="content">The works and options.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="progress">Told the number of files done so far, now and then.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <param name="stageStarted">Told, on the calling thread, when each stage starts (theme, indexing, planning, writing), for timing.</param>
    /// <returns>What was written, or why nothing could be (a template that does not parse).</returns>
    public static Result<SiteWriteReport> Publish(SiteContent content, string directory, IProgress<int>? progress = null, CancellationToken cancellationToken = default,
        Action<string>? stageStarted = null)
    {
        var plan = Plan(content, stageStarted);
        if (!plan.IsSuccess)
        {
            return Result<SiteWriteReport>.Fail(plan.Error!);
        }

        stageStarted?.Invoke("writing");
        return SiteWriter.Write(plan.Value, directory, progress, cancellationToken);
    }

    /// <summary>
    /// Every file of the site of <paramref name="content"/>, not yet rendered: for a caller that
    /// prepares something before rendering, then calls <see cref="SiteWriter.Write"/> (whose
    /// <c>beforeRendering</c> names the entries it will render).
    /// </summary>
    /// <returns>The plan, or why there is none (no languages, a bad base URL, a template that does not parse).</returns>
    public static Result<IReadOnlyList<SitePlanEntry>> Plan(SiteContent content, Action<string>? stageStarted = null) =>
        Plan(content, null, stageStarted);

    /// <summary>
    /// Loads the theme (see <see cref="SiteTheme.Load"/>) and readies the sanitizer, so that a
    /// caller can do both on another thread while it gathers the content: parsing the templates and
    /// the sanitizer's first use (AngleSharp's setup) otherwise stall the planning and the first page.
    /// </summary>
    public static Result<SiteTheme> LoadTheme(string? templateDirectory)
    {
        var theme = SiteTheme.Load(templateDirectory);
        ContentSanitizer.Sanitize("<p><a href=\"https://example.org/\">a</a> <em>b</em></p><script>c</script>");
        return theme;
    }

    /// <summary>As <see cref="Plan(SiteContent, Action{string})"/>, with the theme loaded already (by <see cref="LoadTheme"/>); null: loaded here.</summary>
    public static Result<IReadOnlyList<SitePlanEntry>> Plan(SiteContent content, Result<SiteTheme>? loadedTheme, Action<string>? stageStarted = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Options.Languages.Count == 0)
        {
            return Result<IReadOnlyList<SitePlanEntry>>.Fail("the site has no languages: set site.languages in roots.yaml or pass --langs");
        }

        if (!Uri.TryCreate(content.Options.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https") || !content.Options.BaseUrl.EndsWith('/'))
        {
            return Result<IReadOnlyList<SitePlanEntry>>.Fail($"the base URL '{content.Options.BaseUrl}' is not an absolute http(s) URL ending in /");
        }

        stageStarted?.Invoke("theme");
        var theme = loadedTheme ?? SiteTheme.Load(content.Options.TemplateDirectory);
        if (!theme.IsSuccess)
        {
            return Result<IReadOnlyList<SitePlanEntry>>.Fail("template " + theme.Error);
        }

        stageStarted?.Invoke("indexing");
        var planner = new SitePlanner(content, theme.Value);
        stageStarted?.Invoke("planning");
        return Result<IReadOnlyList<SitePlanEntry>>.Ok(planner.Plan());
    }
}
