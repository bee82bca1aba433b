using Roots.Core;

namespace Roots.Publish.Export;

/// <summary>
/// The registry of metadata formats, looked up by the name users type after
/// <c>roots export --format</c>: <c>datacite</c>, <c>datacite-json</c>, <c>zenodo</c>,
/// <c>bibtex</c>, <c>ris</c>, <c>csl-json</c>, <c>dc</c>, <c>jsonld</c>.
/// </summary>
/// <remarks>
/// Built once with <see cref="Create"/> (or <see cref="Default"/>), then immutable and
/// thread-safe. Names are matched case-insensitively.
/// </remarks>
public sealed class ExportFormats
{
    private readonly Dictionary<string, IMetadataExporter> _byName;

    private ExportFormats(IEnumerable<IMetadataExporter> exporters)
    {
        All = exporters.ToList();
        _byName = All.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The formats with <see cref="ExportOptions.Default"/> (the system clock).</summary>
    public static ExportFormats Default { get; } = Create(ExportOptions.Default);

    /// <summary>The format names, in the order help text should list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["datacite", "datacite-json", "zenodo", "bibtex", "ris", "csl-json", "dc", "jsonld"];

    /// <summary>Every exporter, in <see cref="Names"/> order.</summary>
    public IReadOnlyList<IMetadataExporter> All { get; }

    /// <summary>The formats configured with <paramref name="options"/>.</summary>
    public static ExportFormats Create(ExportOptions? options = null)
    {
        var o = options ?? ExportOptions.Default;
        return new ExportFormats(
        [
            new DataCiteXmlExporter(o),
            new DataCiteJsonExporter(o),
            new ZenodoExporter(o),
            new BibTexExporter(),
            new RisExporter(),
            new CslJsonExporter(),
            new OaiDcExporter(),
            new JsonLdExporter(),
        ]);
    }

    /// <summary>The exporter for <paramref name="name"/>, if there is one.</summary>
    public bool TryGet(string name, out IMetadataExporter exporter) =>
        _byName.TryGetValue(name?.Trim() ?? "", out exporter!);

    /// <summary>The exporter for <paramref name="name"/>, or a one-line reason listing the known formats.</summary>
    public Result<IMetadataExporter> Find(string name) =>
        TryGet(name, out var exporter)
            ? Result<IMetadataExporter>.Ok(exporter)
            : Result<IMetadataExporter>.Fail($"unknown export format '{name}': use one of {string.Join(", ", Names)}");
}
