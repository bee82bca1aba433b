using Roots.App.Configuration;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Ports;

namespace Roots.App.Organise;

/// <summary><c>roots tags</c>: the tags in use across the library, and merging one into another.</summary>
/// <param name="tags">The tag store.</param>
/// <param name="config">The library's configuration (its taxonomy canonicalises tag names).</param>
public sealed class TagVocabulary(ITagStore tags, LibraryConfig config)
{
    /// <summary>Every tag in use and how many items carry it, most used first.</summary>
    public async Task<IReadOnlyList<TagCount>> TagCountsAsync(CancellationToken cancellationToken = default) =>
        await tags.ListTagCountsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Merges tag <paramref name="from"/> into <paramref name="into"/> on every item (a rename when
    /// <paramref name="into"/> is new). Both are canonicalised through the taxonomy's synonyms first.
    /// The user's tags and removals survive (see <see cref="TagMerge"/>). Note that a rule or the
    /// classifier may propose <paramref name="from"/> again later unless the taxonomy makes it a
    /// synonym of <paramref name="into"/>.
    /// </summary>
    /// <returns>How many items changed and the two canonical names, or a one-line reason.</returns>
    public async Task<Result<TagMergeReport>> MergeTagsAsync(string from, string into, CancellationToken cancellationToken = default)
    {
        var taxonomy = config.Taxonomy.Compiled;
        string source = taxonomy.CanonicalTag(from ?? "");
        string target = taxonomy.CanonicalTag(into ?? "");
        if (source.Length == 0 || target.Length == 0)
        {
            return Result<TagMergeReport>.Fail("give two tags with visible characters: the one to merge and the one to keep");
        }

        if (source == target)
        {
            return Result<TagMergeReport>.Fail($"'{from}' and '{into}' are the same tag ('{target}')");
        }

        int items = await tags.MergeTagAsync(source, target, cancellationToken).ConfigureAwait(false);
        return new TagMergeReport(source, target, items);
    }
}
