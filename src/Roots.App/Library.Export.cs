using Roots.App.Publish;
using Roots.Core;
using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Site.Rendering;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// The publication records of the items named by <paramref name="ids"/> (numbers or external
    /// ids), or of every item when it is empty: journal metadata from <c>site:</c>, translations
    /// linked by DOI, landing pages on the site when <c>site.base_url</c> is set.
    /// </summary>
    public async Task<Result<IReadOnlyList<PublicationRecord>>> ExportRecordsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = await GatherAsync(ids, ItemSelection.All, null, cancellationToken).ConfigureAwait(false);
        if (!wanted.IsSuccess)
        {
            return Result<IReadOnlyList<PublicationRecord>>.Fail(wanted.Error!);
        }

        // Translations are found among all items, so exporting one version still names the others.
        var all = ids.Count == 0 ? wanted.Value : await AllFactsForTranslationsAsync(wanted.Value, cancellationToken).ConfigureAwait(false);
        var groups = TranslationGroups.Find(all, await MentionsAsync(cancellationToken).ConfigureAwait(false), Config.Site.Languages);
        var groupOf = groups.SelectMany(g => g.Select(f => (f.Item.Id, Group: g))).ToDictionary(p => p.Id, p => p.Group);
        var journal = SiteOptionsFactory.Journal(Config.Site);
        string? baseUrl = Config.Site.BaseUrl is null ? null : SiteOptionsFactory.BaseUrl(Config.Site.BaseUrl);
        var languages = Config.Site.Languages;
        return wanted.Value.Select(f =>
        {
            var group = groupOf[f.Item.Id];
            string slug = group[0].Item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? landing = baseUrl is null ? null
                : SitePaths.Absolute(baseUrl, SitePaths.Item(languages.Count == 0 || languages.Contains(f.Item.Language) ? f.Item.Language : languages[0], slug));
            return PublicationMapper.Map(f, group, group[0].Item.Id == f.Item.Id, journal, landing);
        }).ToList();
    }

    /// <summary>Writes the records of <paramref name="ids"/> (every item when empty) in <paramref name="format"/>.</summary>
    /// <returns>How many records were written, or why none were (unknown format or id; several records in a one-record format).</returns>
    public async Task<Result<int>> ExportAsync(IReadOnlyList<string> ids, string format, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var exporter = ExportFormats.Create(new ExportOptions { Clock = _time }).Find(format);
        if (!exporter.IsSuccess)
        {
            return Result<int>.Fail(exporter.Error!);
        }

        var records = await ExportRecordsAsync(ids, cancellationToken).ConfigureAwait(false);
        if (!records.IsSuccess)
        {
            return Result<int>.Fail(records.Error!);
        }

        if (exporter.Value is IMultiRecordExporter many)
        {
            many.WriteAll(records.Value, writer);
        }
        else if (records.Value.Count == 1)
        {
            exporter.Value.Write(records.Value[0], writer);
        }
        else
        {
            return Result<int>.Fail($"{format} holds one record per document and {records.Value.Count} were asked for: export one id, or give --out a folder for one file each");
        }

        return records.Value.Count;
    }

    /// <summary>The exporter for <paramref name="format"/>, with this library's clock.</summary>
    public Result<IMetadataExporter> Exporter(string format) => ExportFormats.Create(new ExportOptions { Clock = _time }).Find(format);

    private async Task<IReadOnlyList<Publish.ItemFacts>> AllFactsForTranslationsAsync(IReadOnlyList<Publish.ItemFacts> wanted, CancellationToken cancellationToken)
    {
        // Only items that could pair with a wanted one by name or DOI matter; reading every item's
        // keywords for a one-item export would be slow on a large library.
        var all = await _store.ListAsync(Core.Ports.ItemFilter.None with { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
        var stems = wanted.Select(f => TranslationGroups.Stem(f.Item)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var mentions = await MentionsAsync(cancellationToken).ConfigureAwait(false);
        var ids = wanted.Select(f => f.Item.Id).ToHashSet();
        var neighbours = mentions.Where(l => ids.Contains(l.SourceId) || ids.Contains(l.TargetId)).SelectMany(l => new[] { l.SourceId, l.TargetId }).ToHashSet();
        var facts = wanted.ToList();
        foreach (var item in all.Where(i => !ids.Contains(i.Id) && (neighbours.Contains(i.Id) || (TranslationGroups.Stem(i) is { } s && stems.Contains(s)))).OrderBy(i => i.Id))
        {
            var (_, category) = await TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
            facts.Add(await FactsAsync(item, category?.Name, cancellationToken).ConfigureAwait(false));
        }

        return facts;
    }
}
