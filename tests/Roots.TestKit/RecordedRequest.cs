namespace Roots.TestKit;

/// <summary>One request a fake server received, as the test needs it to prove what was (not) sent.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path, e.g. <c>/v1/chat/completions</c>.</param>
/// <param name="Authorization">The Authorization header, empty when none was sent.</param>
/// <remarks>The body is not kept: reading it for every request slowed arrivals enough to lose short-timeout attempts on a loaded machine.</remarks>
public sealed record RecordedRequest(string Method, string Path, string Authorization);
