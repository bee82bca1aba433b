namespace Roots.TestKit;

/// <summary>One request a fake server received, as the test needs it to prove what was (not) sent.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path, e.g. <c>/v1/chat/completions</c>.</param>
/// <param name="Authorization">The Authorization header, empty when none was sent.</param>
/// <param name="Body">The request body as text, empty when there was none.</param>
public sealed record RecordedRequest(string Method, string Path, string Authorization, string Body);
