using Roots.App.Configuration;
using Roots.Core;

namespace Roots.App;

/// <summary>What <c>roots init</c> and <c>roots migrate</c> do to a library folder before (or instead of) opening it.</summary>
internal static class LibrarySetup
{
    /// <summary>
    /// Creates the folder and its <c>roots.yaml</c> (naming <paramref name="store"/> when given) unless they exist,
    /// and checks an existing one names the same store. Returns the full path, the configuration and whether
    /// the library is new.
    /// </summary>
    public static Result<(string Directory, LibraryConfig Config, bool Created)> Prepare(string directory, string? store)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string full = Path.GetFullPath(directory);
        string configPath = Path.Combine(full, LibraryConfigFile.FileName);
        var requested = StoreLocation.Parse(store);
        if (!requested.IsSuccess)
        {
            return Result<(string, LibraryConfig, bool)>.Fail(requested.Error!);
        }

        try
        {
            Directory.CreateDirectory(full);
            if (!File.Exists(configPath))
            {
                string storeLine = store is null ? "" : $"store: {store.Trim()}{Environment.NewLine}";
                File.WriteAllText(configPath, storeLine + LibraryConfigFile.Template + Environment.NewLine);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<(string, LibraryConfig, bool)>.Fail($"cannot create a library at {full}: {e.Message}");
        }

        var config = LibraryConfigFile.Load(full);
        if (!config.IsSuccess)
        {
            return Result<(string, LibraryConfig, bool)>.Fail(config.Error!);
        }

        var location = config.Value.StoreLocation;
        if (store is not null && location != requested.Value)
        {
            return Result<(string, LibraryConfig, bool)>.Fail($"{configPath} already names the store {location.Display}; edit it or choose another folder");
        }

        bool created = !StoreOpener.Exists(full, location) || (location.IsPostgres && StoreOpener.IsEmpty(location));
        return (full, config.Value, created);
    }

    /// <summary>Applies the pending schema migrations of the library's store.</summary>
    public static Result<(string Store, int Version, IReadOnlyList<int> Applied)> Migrate(string directory)
    {
        string full = Path.GetFullPath(directory);
        var config = LibraryConfigFile.Load(full);
        if (!config.IsSuccess)
        {
            return Result<(string, int, IReadOnlyList<int>)>.Fail(config.Error!);
        }

        var location = config.Value.StoreLocation;
        if (!StoreOpener.Exists(full, location))
        {
            return Result<(string, int, IReadOnlyList<int>)>.Fail($"no library at {full}; create one with: roots init --library {full}");
        }

        if (StoreOpener.IsReadOnly(full, location))
        {
            return Result<(string, int, IReadOnlyList<int>)>.Fail(
                $"the library at {full} is read-only here (its folder or {Library.DatabaseFileName} cannot be written), so it cannot be migrated; copy it to writable storage first");
        }

        var migrated = StoreOpener.Migrate(full, location);
        return migrated.IsSuccess
            ? (location.Display, migrated.Value.Version, migrated.Value.Applied)
            : Result<(string, int, IReadOnlyList<int>)>.Fail(migrated.Error!);
    }
}
