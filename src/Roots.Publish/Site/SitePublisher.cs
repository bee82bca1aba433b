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
        ArgumentNullException.ThrowIfNull(content);
        if (content.Options.Languages.Count == 0)
        {
            return Result<SiteWriteReport>.Fail("the site has no languages: set site.languages in roots.yaml or pass --langs");
        }

        if (!Uri.TryCreate(content.Options.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https") || !content.Options.BaseUrl.EndsWith('/'))
        {
            return Result<SiteWriteReport>.Fail($"the base URL '{content.Options.BaseUrl}' is not an absolute http(s) URL ending in /");
        }

        stageStarted?.Invoke("theme");
        var theme = SiteTheme.Load(content.Options.TemplateDirectory);
        if (!theme.IsSuccess)
        {
            return Result<SiteWriteReport>.Fail("template " + theme.Error);
        }

        stageStarted?.Invoke("indexing");
        var planner = new SitePlanner(content, theme.Value);
        stageStarted?.Invoke("planning");
        var plan = planner.Plan();
        stageStarted?.Invoke("writing");
        return SiteWriter.Write(plan, directory, progress, cancellationToken);
    }
}
