using Roots.Publish.Metadata;

namespace Roots.Publish.Site.Model;

/// <summary>One language version of a work: its metadata record and its text.</summary>
/// <param name="Language">The version's language (BCP 47 primary tag).</param>
/// <param name="Record">The metadata: titles, abstracts, keywords, creators, DOI, landing page.</param>
/// <param name="Text">
/// The collected text, plain; rendered as paragraphs and sanitised, never trusted. May be left
/// empty when <see cref="LoadText"/> is given.
/// </param>
public sealed record SiteVersion(string Language, PublicationRecord Record, string Text)
{
    /// <summary>
    /// A hash that changes whenever the text does (e.g. its SHA-256); when set, pages are keyed by it
    /// instead of by the text, so an incremental publish can decide what to render without holding
    /// every text in memory. Null: pages are keyed by <see cref="Text"/>.
    /// </summary>
    public string? TextKey { get; init; }

    /// <summary>
    /// For a page whose text a model translated (<c>roots translate --body</c>), the language of the
    /// original it was translated from; the page says so. Null for the original and for versions
    /// written by people.
    /// </summary>
    public string? MachineTranslatedFrom { get; init; }

    /// <summary>
    /// Reads the text when a page that shows it is rendered, instead of <see cref="Text"/>: a
    /// republish then reads only the texts of the pages it renders. Called from several threads at
    /// once; it must be thread-safe. Null: <see cref="Text"/> is used.
    /// </summary>
    public Func<string>? LoadText { get; init; }

    /// <summary>The text: <see cref="LoadText"/>'s when given, else <see cref="Text"/>.</summary>
    public string ReadText() => LoadText is null ? Text : LoadText();
}
