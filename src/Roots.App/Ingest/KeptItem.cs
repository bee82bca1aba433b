using Roots.Core.Model;

namespace Roots.App.Ingest;

/// <summary>
/// What the steps after keeping need of an item the run just kept, taken from its prepared form
/// in memory so that nothing is read back: its number, what describes it, its identifiers, its
/// extra fields and, while the run's budget allows, its text.
/// </summary>
/// <param name="Id">The item's number.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind (<c>markdown</c>, <c>html</c> …).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Url">Its address, when it has one.</param>
/// <param name="Language">Its language.</param>
/// <param name="Fields">The extra fields it was kept with (front-matter tags, author, DOI …).</param>
/// <param name="Identifiers">The identifiers kept for it, as the store names them: scheme and value, ordered.</param>
/// <param name="Text">
/// Its text, or null when the run held more text than <see cref="IngestReport.HeldTextBudget"/>: then a step
/// that needs it reads it from the store (<see cref="KeptRun.TextOfAsync"/>).
/// </param>
/// <param name="SimHash">The SimHash of its text, when the analysis gave one.</param>
public sealed record KeptItem(
    long Id,
    string Title,
    string Kind,
    string Source,
    string? Url,
    string Language,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<(string Kind, string Value)> Identifiers,
    string? Text,
    ulong? SimHash)
{
    /// <summary>The kept form of <paramref name="item"/>, kept as <paramref name="id"/>; its text only when <paramref name="holdText"/>.</summary>
    internal static KeptItem From(long id, PreparedItem item, ulong? simHash, bool holdText) => new(
        id,
        item.Title,
        item.Kind,
        item.Source,
        item.Url,
        item.Language,
        item.Fields ?? new Dictionary<string, string>(),
        [.. item.Identifiers.Select(i => (i.Scheme, i.Value)).Distinct().OrderBy(i => i.Scheme, StringComparer.Ordinal).ThenBy(i => i.Value, StringComparer.Ordinal)],
        holdText ? item.Text : null,
        simHash);
}
