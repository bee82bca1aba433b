using Roots.Publish.Metadata;

namespace Roots.Publish.Site.Model;

/// <summary>One language version of a work: its metadata record and its text.</summary>
/// <param name="Language">The version's language (BCP 47 primary tag).</param>
/// <param name="Record">The metadata: titles, abstracts, keywords, creators, DOI, landing page.</param>
/// <param name="Text">The collected text, plain; rendered as paragraphs and sanitised, never trusted.</param>
public sealed record SiteVersion(string Language, PublicationRecord Record, string Text);
