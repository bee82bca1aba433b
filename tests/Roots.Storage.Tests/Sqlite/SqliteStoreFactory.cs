using Roots.Core.Ports;
using Roots.Storage.Sqlite;
using Roots.Storage.Tests.Fixtures;

namespace Roots.Storage.Tests.Sqlite;

/// <summary>A library in a fresh temporary folder, removed with the factory.</summary>
public sealed class SqliteStoreFactory : IStoreFactory
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("roots-store-").FullName;

    public string DatabasePath => Path.Combine(Folder, "roots.db");

    public ILibraryStore Open(TimeProvider time) => SqliteStore.Open(DatabasePath, time);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
