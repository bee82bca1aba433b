namespace Roots.App.UseCases;

/// <summary>One stored translation of an item, as <c>roots show</c> prints it.</summary>
/// <param name="Language">The language.</param>
/// <param name="Title">The translated title.</param>
/// <param name="Summary">The translated summary.</param>
/// <param name="Keywords">The translated keywords.</param>
/// <param name="By">Provenance: <c>model:NAME</c>.</param>
/// <param name="Current">False when the item's title or text changed since: <c>roots translate</c> makes it again.</param>
public sealed record TranslationDetail(string Language, string Title, string Summary, IReadOnlyList<string> Keywords, string By, bool Current);
