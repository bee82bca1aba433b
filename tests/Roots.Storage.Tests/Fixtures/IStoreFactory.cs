using Roots.Core.Ports;

namespace Roots.Storage.Tests.Fixtures;

/// <summary>
/// Makes one empty library on one engine for one test, opens stores on it, and removes it afterwards:
/// all a contract needs to know of an engine.
/// </summary>
/// <remarks>A factory is created per test (xunit makes a test class instance per test), so every test starts on an empty library.</remarks>
public interface IStoreFactory : IDisposable
{
    /// <summary>
    /// Opens a store on this factory's library: the first call creates the library, empty; later calls open
    /// further instances on the same data (a reopen, or a second worker while the first is still open).
    /// </summary>
    ILibraryStore Open(TimeProvider time);
}
