using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Roots.Publish.Site.Rendering;

/// <summary>Renders a theme template with a <see cref="PageModel"/>; every value is HTML-encoded unless the template says <c>| raw</c>.</summary>
/// <remarks>Stateless and thread-safe: each call gets its own <see cref="TemplateContext"/>.</remarks>
public static class TemplateRenderer
{
    // All of Unicode passes through as characters (Chinese stays readable in the source);
    // only what HTML needs escaped is escaped.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(new TextEncoderSettings(UnicodeRanges.All));

    private static readonly TemplateOptions s_options = new()
    {
        CultureInfo = CultureInfo.InvariantCulture,
        MaxSteps = 10_000_000,
        MaxRecursion = 20,
    };

    /// <summary>The output of <paramref name="template"/> for <paramref name="model"/>.</summary>
    public static string Render(IFluidTemplate template, PageModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var context = new TemplateContext(s_options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value ?? "");
        }

        return template.Render(context, s_encoder);
    }
}
