using Roots.Core;

namespace Roots.App.Embedding;

/// <summary>
/// How a host starts a detached embedding run (<c>roots embed</c>) that outlives it: the CLI starts
/// a child process; a host that embeds on its own rounds (<c>roots serve</c>) needs none.
/// </summary>
public interface IEmbeddingLauncher
{
    /// <summary>Starts it for the library at <paramref name="libraryDirectory"/>: true when started, false when this host cannot, a one-line reason when starting failed.</summary>
    Result<bool> Start(string libraryDirectory);
}
