using System.Globalization;
using Roots.App.Ingest.Stages;

namespace Roots.App.Items;

/// <summary>
/// Where a bilingual file's second language version starts (the field <c>second.start</c> that
/// <see cref="StatementsStage"/> writes), read the one same way by publishing (<c>LanguageHalves</c>) and by
/// <c>roots translate --body</c>, which buys the first version's text only.
/// </summary>
internal static class BilingualText
{
    /// <summary>Where the item's second language version starts in its text, or null for an item in one language.</summary>
    public static int? SecondStart(IReadOnlyDictionary<string, string> fields) =>
        fields.TryGetValue(StatementsStage.SecondPrefix + "start", out string? start)
        && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out int at) && at > 0 ? at : null;

    /// <summary>The text of the item's first language version (all of it for an item in one language).</summary>
    public static string FirstText(string text, IReadOnlyDictionary<string, string> fields) =>
        SecondStart(fields) is int at && at < text.Length ? text[..at] : text;
}
