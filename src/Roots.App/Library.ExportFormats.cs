using Roots.Publish.Export;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>The metadata formats <see cref="ExportAsync"/> writes (datacite, bibtex, ris, csl-json …).</summary>
    public static IReadOnlyList<string> ExportFormatNames => ExportFormats.Names;

    /// <summary>The media type of an export format (for a web response), or null when there is no such format.</summary>
    public static string? ExportMediaType(string format) =>
        ExportFormats.Default.TryGet(format, out var exporter) ? exporter.MediaType : null;
}
