using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Identifiers;
using Roots.Core.Ports;
using Roots.Publish.Export;
using Roots.Publish.Metadata;
using Roots.Publish.Site.Rendering;

namespace Roots.App.Publish;

/// <summary><c>roots export</c>: the items' publication records in an open metadata format.</summary>
/// <param name="items">The items and their fields.</param>
/// <param name="identifiers">The identifier index, for DOIs that link translations.</param>
/// <param name="tags">The tag store, for categories.</param>
/// <param name="facts">What is known of each item.</param>
/// <param name="config">The library's configuration (its <c>site:</c> section: the journal, languages, base URL).</param>
/// <param name="time">The clock exporters stamp records with.</param>
public sealed class RecordExporter(IItemStore items, IIdentifierIndex identifiers, ITagStore tags, PublishFacts facts, LibraryConfig config, TimeProvider time)
{
    /// <summary>The metadata formats <see cref="ExportAsync"/> writes (datacite, bibtex, ris, csl-json …).</summary>
    public static IReadOnlyList<string> ExportFormatNames => ExportFormats.Names;

    /// <summary>The media type of an export format (for a web response), or null when there is no such format.</summary>
    public static string? ExportMediaType(string format) =>
        ExportFormats.Default.TryGet(format, out var exporter) ? exporter.MediaType : null;

    /// <summary>
    /// The publication records of the items named by <paramref name="ids"/> (numbers or external
    /// ids), or of every item when it is empty: journal metadata from <c>site:</c>, translations
    /// linked by DOI, landing pages on the site when <c>site.base_url</c> is set.
    /// </summary>
    public async Task<Result<IReadOnlyList<PublicationRecord>>> ExportRecordsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Count == 0
            ? Result<IReadOnlyList<ItemFacts>>.Ok(await facts.SiteFactsAsync(ItemSelection.All, null, null, cancellationToken).ConfigureAwait(false))
            : await facts.GatherAsync(ids, cancellationToken).ConfigureAwait(false);
        if (!wanted.IsSuccess)
        {
            return Result<IReadOnlyList<PublicationRecord>>.Fail(wanted.Error!);
        }

        // Translations are found among all items, so exporting one version still names the others.
        var all = LanguageHalves.Expand(ids.Count == 0 ? wanted.Value : await AllFactsForTranslationsAsync(wanted.Value, cancellationToken).ConfigureAwait(false));
        var groups = TranslationGroups.Find(all, await facts.MentionsAsync(cancellationToken).ConfigureAwait(false), config.Site.Languages);
        var groupOf = groups.SelectMany(g => g.Select(f => (f.Item.Id, Group: g))).ToDictionary(p => p.Id, p => p.Group);
        var journal = SiteOptionsFactory.Journal(config.Site);
        string? baseUrl = config.Site.BaseUrl is null ? null : SiteOptionsFactory.BaseUrl(config.Site.BaseUrl);
        var languages = config.Site.Languages;
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
        var exporter = ExportFormats.Create(new ExportOptions { Clock = time }).Find(format);
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

    /// <summary>
    /// For each of <paramref name="ids"/> (every item when <paramref name="all"/>), the primary
    /// languages of the other items that are language versions of the same work, by the rules of
    /// <see cref="TranslationGroups"/>: what <c>roots translate</c> need not buy. Items standing alone are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> LanguageVersionsAsync(IReadOnlyList<long> ids, bool all, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = all
            ? Result<IReadOnlyList<ItemFacts>>.Ok(await facts.SiteFactsAsync(ItemSelection.All, null, null, cancellationToken).ConfigureAwait(false))
            : await facts.GatherAsync([.. ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<long, IReadOnlyList<string>>();
        if (!wanted.IsSuccess || wanted.Value.Count == 0)
        {
            return found;
        }

        var candidates = all ? wanted.Value : await AllFactsForTranslationsAsync(wanted.Value, cancellationToken).ConfigureAwait(false);
        var groups = TranslationGroups.Find(candidates, await facts.MentionsAsync(cancellationToken).ConfigureAwait(false), config.Site.Languages);
        foreach (var group in groups.Where(g => g.Count > 1))
        {
            foreach (var member in group.Where(m => m.Item.Id > 0))
            {
                found[member.Item.Id] = [.. group.Where(o => o.Item.Id != member.Item.Id).Select(o => o.Item.Language.Split('-')[0].ToLowerInvariant()).Distinct()];
            }
        }

        return found;
    }

    /// <summary>The exporter for <paramref name="format"/>, with this library's clock.</summary>
    public Result<IMetadataExporter> Exporter(string format) => ExportFormats.Create(new ExportOptions { Clock = time }).Find(format);

    /// <summary>
    /// The wanted items and every item that may be a language version of one of them, by any of the
    /// three rules of <see cref="TranslationGroups"/>: the same name with a language suffix, a mention
    /// carrying a DOI, or a <c>translation_of</c> in either direction (the original exported alone
    /// still names the translation that declared it). Followed from item to item, so the original
    /// and a second translation are found from the first translation.
    /// </summary>
    private async Task<IReadOnlyList<ItemFacts>> AllFactsForTranslationsAsync(IReadOnlyList<ItemFacts> wanted, CancellationToken cancellationToken)
    {
        // Only items that could pair with a wanted one matter; reading every item's keywords for a
        // one-item export would be slow on a large library. Fields are small: read them all once.
        var all = (await items.ListAsync(ItemFilter.None with { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false))
            .DistinctBy(i => i.Id).OrderBy(i => i.Id).ToList();
        var mentions = await facts.MentionsAsync(cancellationToken).ConfigureAwait(false);
        var declared = new Dictionary<long, string>();
        var fieldDois = new Dictionary<long, Identifier>();
        foreach (var item in all)
        {
            var fields = await items.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
            if (fields.TryGetValue("translation_of", out string? original) && TranslationGroups.Normalise(original) is { Length: > 0 } name)
            {
                declared[item.Id] = name;
            }

            // The DOI a front matter or meta tag gives; one printed in the text is found through the identifier index below.
            if (OwnDoi.Find(fields, item.Url, "") is { } doi)
            {
                fieldDois[item.Id] = doi;
            }
        }

        var found = wanted.ToList();
        var frontier = wanted.ToList();
        while (frontier.Count > 0)
        {
            var known = found.Select(f => f.Item.Id).ToHashSet();
            var stems = frontier.Select(f => TranslationGroups.Stem(f.Item)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var names = frontier.SelectMany(TranslationGroups.NamesOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var wants = frontier.Select(f => declared.GetValueOrDefault(f.Item.Id)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var ids = frontier.Select(f => f.Item.Id).ToHashSet();
            var linked = mentions.Where(l => ids.Contains(l.SourceId) || ids.Contains(l.TargetId)).SelectMany(l => new[] { l.SourceId, l.TargetId }).ToHashSet();
            var carrying = new HashSet<long>();
            foreach (string want in wants)
            {
                if (Identifier.Create(IdentifierKind.Doi, want) is { IsSuccess: true } doi)
                {
                    carrying.UnionWith(await identifiers.FindByIdentifierAsync(doi.Value, cancellationToken).ConfigureAwait(false));
                }
            }

            // Items whose text carries a frontier item's own DOI, and those whose own DOI a frontier item's text carries.
            foreach (var own in frontier.Select(f => f.Doi).OfType<Identifier>())
            {
                carrying.UnionWith(await identifiers.FindByIdentifierAsync(own, cancellationToken).ConfigureAwait(false));
            }

            // Items that cite at least as many of a frontier item's references as TranslationGroups' fourth rule asks.
            foreach (var citing in frontier.Where(f => f.CitedDois.Count >= TranslationGroups.MinSharedReferences))
            {
                var counts = new Dictionary<long, int>();
                foreach (var cited in citing.CitedDois.Take(PublicationMapper.MaxReferences))
                {
                    foreach (long holder in await identifiers.FindByIdentifierAsync(cited, cancellationToken).ConfigureAwait(false))
                    {
                        counts[holder] = counts.GetValueOrDefault(holder) + 1;
                    }
                }

                carrying.UnionWith(counts.Where(c => c.Value >= TranslationGroups.MinSharedReferences).Select(c => c.Key));
            }

            var citedDois = frontier.SelectMany(f => f.CitedDois).Select(d => d.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            carrying.UnionWith(fieldDois.Where(p => citedDois.Contains(p.Value.Value)).Select(p => p.Key));

            var next = new List<ItemFacts>();
            foreach (var item in all.Where(i => !known.Contains(i.Id)))
            {
                bool candidate = linked.Contains(item.Id) || carrying.Contains(item.Id)
                    || (TranslationGroups.Stem(item) is { } stem && stems.Contains(stem))
                    || (declared.TryGetValue(item.Id, out string? declaredName) && names.Contains(declaredName))
                    || TranslationGroups.NamesOf(item, fieldDois.GetValueOrDefault(item.Id)).Any(wants.Contains);
                if (candidate)
                {
                    var category = await tags.GetCategoryAsync(item.Id, cancellationToken).ConfigureAwait(false);
                    next.Add(await facts.FactsAsync(item, category?.Category, cancellationToken).ConfigureAwait(false));
                }
            }

            found.AddRange(next);
            frontier = next;
        }

        return found;
    }
}
