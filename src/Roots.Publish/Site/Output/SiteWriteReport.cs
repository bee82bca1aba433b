namespace Roots.Publish.Site.Output;

/// <summary>What a publish did to the output folder.</summary>
/// <param name="Files">Files in the site.</param>
/// <param name="Rendered">Files rendered because their inputs changed (or there was no manifest).</param>
/// <param name="Written">Files whose bytes changed and were written.</param>
/// <param name="Removed">Files of the last publish that are no longer part of the site, deleted.</param>
/// <param name="WrittenPaths">The paths written, sorted (for tests and <c>--json</c>).</param>
public sealed record SiteWriteReport(int Files, int Rendered, int Written, int Removed, IReadOnlyList<string> WrittenPaths);
