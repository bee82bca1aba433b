using Microsoft.Data.Sqlite;
using Roots.Core.Ports;
using Roots.Storage.Sqlite;
using Roots.Storage.Tests.Fixtures;

namespace Roots.Storage.Tests.Sqlite;

/// <summary>
/// <see cref="SqliteStore.OpenReadOnly"/>, the way into a library on read-only media: it reads, writes
/// nothing (not even on close), refuses a schema it cannot migrate, and its refusals are recognisable.
/// The read-only folder itself is the CLI's end-to-end test (ReadOnlyLibraryTests).
/// </summary>
public sealed class SqliteReadOnlyTests : IDisposable
{
    private readonly SqliteStoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task OpenReadOnly_ReadsWhatWasKept_AndRefusesEveryWrite()
    {
        // given a library with one item, closed cleanly
        using (var writer = SqliteStore.Open(_factory.DatabasePath))
        {
            await writer.KeepAsync([Prepared.Item("/a.md", "Tea", "Oolong grows in Fujian.")]);
        }

        // when
        using var store = SqliteStore.OpenReadOnly(_factory.DatabasePath);

        // then it reads, searches, and a write is refused as read-only
        Assert.True(store.IsReadOnly);
        Assert.Equal(_factory.DatabasePath, store.Location);
        Assert.Equal(1, await ((IItemStore)store).CountAsync());
        Assert.Single(await store.SearchAsync(new SearchRequest(["oolong"], ItemFilter.None)));
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await store.KeepAsync([Prepared.Item("/b.md", "B", "More words.")]));
        Assert.True(SqliteStore.IsReadOnlyRefusal(error), error.ToString());
        Assert.False(SqliteStore.IsReadOnlyRefusal(new SqliteException("database is locked", 5)));
    }

    [Fact]
    public void OpenReadOnly_OlderSchema_IsRefusedSayingHowToUpgrade()
    {
        SqliteStore.Open(_factory.DatabasePath).Dispose();
        using (var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {Schema.Latest - 1}";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.OpenReadOnly(_factory.DatabasePath));

        Assert.Contains("roots migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenReadOnly_Dispose_LeavesTheDatabaseFileUntouched()
    {
        using (var writer = SqliteStore.Open(_factory.DatabasePath))
        {
            await writer.KeepAsync([Prepared.Item("/a.md", "Tea", "Oolong grows in Fujian.")]);
        }

        byte[] before = await File.ReadAllBytesAsync(_factory.DatabasePath);
        var written = File.GetLastWriteTimeUtc(_factory.DatabasePath);

        using (var store = SqliteStore.OpenReadOnly(_factory.DatabasePath))
        {
            Assert.Equal(1, await ((IItemStore)store).CountAsync());
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(_factory.DatabasePath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_factory.DatabasePath));
    }
}
