namespace Roots.Publish.Metadata;

/// <summary>
/// A subject heading or tag, optionally from a controlled vocabulary (a classification scheme),
/// as opposed to the free keywords in <see cref="PublicationRecord.Keywords"/>.
/// </summary>
/// <param name="Term">The subject as displayed.</param>
/// <param name="Language">Its BCP 47 language tag; <c>null</c> when unknown or language-neutral.</param>
/// <param name="Scheme">The vocabulary's name (for example "Roots tags" or "FOS"); <c>null</c> for a free tag.</param>
/// <param name="SchemeUri">The vocabulary's URI; <c>null</c> when none.</param>
public sealed record Subject(string Term, string? Language = null, string? Scheme = null, string? SchemeUri = null);
