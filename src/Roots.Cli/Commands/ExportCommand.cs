using System.ComponentModel;
using System.Text;
using Roots.Cli.Infrastructure;
using Roots.Publish.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots export ID...|--all --format F [--out FILE|DIR]</c>: metadata records (DataCite, Zenodo, BibTeX, RIS, CSL-JSON, Dublin Core, JSON-LD).</summary>
public sealed class ExportCommand : LibraryCommand<ExportCommand.Settings>
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Options of <c>roots export</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Item numbers or external ids.</summary>
        [CommandArgument(0, "[ID]")]
        [Description("Item numbers or external ids.")]
        public string[] Ids { get; init; } = [];

        /// <summary>Every item.</summary>
        [CommandOption("--all")]
        [Description("Export every item.")]
        public bool All { get; init; }

        /// <summary>The format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("datacite, datacite-json, zenodo, bibtex, ris, csl-json, dc or jsonld.")]
        public string? Format { get; init; }

        /// <summary>The output file or folder.</summary>
        [CommandOption("--out <PATH>")]
        [Description("Write to this file instead of stdout; a folder (existing, or ending in /) gets one file per record.")]
        public string? Out { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Format is null)
            {
                return ValidationResult.Error($"--format is required: one of {string.Join(", ", ExportFormats.Names)}");
            }

            if (!ExportFormats.Default.TryGet(Format, out _))
            {
                return ValidationResult.Error(ExportFormats.Default.Find(Format).Error!);
            }

            if (All == Ids.Length > 0)
            {
                return ValidationResult.Error("give item ids or --all (not both)");
            }

            return ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        string format = settings.Format!;
        if (settings.Out is { } folder && (Directory.Exists(folder) || folder.EndsWith('/') || folder.EndsWith(Path.DirectorySeparatorChar)))
        {
            return await ExportFilesAsync(library, settings.Ids, format, folder, cancellationToken).ConfigureAwait(false);
        }

        using var writer = settings.Out is null ? Terminal.OpenResults() : new StreamWriter(File.Create(settings.Out), s_utf8) { NewLine = "\n" };
        var exported = await library.Export.ExportAsync(settings.Ids, format, writer, cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (!exported.IsSuccess)
        {
            Terminal.Error(exported.Error!);
            return exported.Error!.StartsWith("no item", StringComparison.Ordinal) ? ExitCodes.Failure : ExitCodes.Usage;
        }

        Terminal.Err.WriteLine($"exported {exported.Value} records as {format}" + (settings.Out is null ? "" : " to " + Printable.Line(settings.Out)));
        return ExitCodes.Success;
    }

    private static async Task<int> ExportFilesAsync(App.Library library, string[] ids, string format, string folder, CancellationToken cancellationToken)
    {
        var exporter = library.Export.Exporter(format).Value;
        var records = await library.Export.ExportRecordsAsync(ids, cancellationToken).ConfigureAwait(false);
        if (!records.IsSuccess)
        {
            Terminal.Error(records.Error!);
            return ExitCodes.Failure;
        }

        Directory.CreateDirectory(folder);
        foreach (var record in records.Value)
        {
            string name = string.Concat(record.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
            using var file = File.Create(Path.Combine(folder, name + exporter.FileExtension));
            exporter.WriteUtf8(record, file);
        }

        Terminal.Err.WriteLine($"exported {records.Value.Count} records as {format} to {Printable.Line(folder)}");
        return ExitCodes.Success;
    }
}
