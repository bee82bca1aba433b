using System.Security.Cryptography;
using System.Text;
using Fluid;
using Roots.Core;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The templates and assets a site is rendered with: the default theme embedded in this assembly,
/// each file replaceable by a file of the same name in a library's <c>templates/</c> folder.
/// </summary>
/// <remarks>
/// Loaded and parsed once, then immutable: a parsed Fluid template is thread-safe to render.
/// <see cref="Fingerprint"/> changes when any template or asset changes, so an incremental
/// publish re-renders every page after a theme edit and nothing after none.
/// </remarks>
public sealed class SiteTheme
{
    /// <summary>The template names (without <c>.liquid</c>) a theme has.</summary>
    public static IReadOnlyList<string> TemplateNames { get; } = ["layout", "home", "item", "list", "about", "search", "root"];

    /// <summary>The asset files a theme has, copied to <c>assets/</c>.</summary>
    public static IReadOnlyList<string> AssetNames { get; } = ["site.css", "search.js"];

    private const string ResourcePrefix = "Roots.Publish.Site.Theme.";

    private readonly Dictionary<string, IFluidTemplate> _templates;

    private SiteTheme(Dictionary<string, IFluidTemplate> templates, Dictionary<string, byte[]> assets, string fingerprint)
    {
        _templates = templates;
        Assets = assets;
        Fingerprint = fingerprint;
    }

    /// <summary>The asset files by name (<c>site.css</c>, <c>search.js</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> Assets { get; }

    /// <summary>A hash of every template and asset.</summary>
    public string Fingerprint { get; }

    /// <summary>The parsed template <paramref name="name"/>.</summary>
    public IFluidTemplate Template(string name) => _templates[name];

    /// <summary>
    /// Loads the default theme, with files from <paramref name="overrideDirectory"/> (when it
    /// exists) in place of the defaults of the same name.
    /// </summary>
    /// <returns>The theme, or the first template that does not parse, with Fluid's reason.</returns>
    public static Result<SiteTheme> Load(string? overrideDirectory)
    {
        var parser = new FluidParser();
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string name in TemplateNames.Select(n => n + ".liquid").Concat(AssetNames))
        {
            var (bytes, origin) = Read(name, overrideDirectory);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            hash.AppendData(bytes);
            if (!name.EndsWith(".liquid", StringComparison.Ordinal))
            {
                assets[name] = bytes;
                continue;
            }

            if (!parser.TryParse(Encoding.UTF8.GetString(bytes), out var template, out string error))
            {
                return Result<SiteTheme>.Fail($"{origin}: {error}");
            }

            templates[name[..^".liquid".Length]] = template;
        }

        return new SiteTheme(templates, assets, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static (byte[] Bytes, string Origin) Read(string name, string? overrideDirectory)
    {
        if (overrideDirectory is not null)
        {
            string path = Path.Combine(overrideDirectory, name);
            if (File.Exists(path))
            {
                return (File.ReadAllBytes(path), path);
            }
        }

        using var stream = typeof(SiteTheme).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the default theme has no {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (copy.ToArray(), "default theme " + name);
    }
}
