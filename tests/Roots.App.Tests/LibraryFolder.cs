using Roots.App;

namespace Roots.App.Tests;

/// <summary>A library in a fresh temporary folder, opened in this process (SQLite), with a folder for inputs.</summary>
public sealed class LibraryFolder : IDisposable
{
    public LibraryFolder()
    {
        Root = System.IO.Directory.CreateTempSubdirectory("roots-app-").FullName;
        Directory = Path.Combine(Root, "library");
        Inputs = System.IO.Directory.CreateDirectory(Path.Combine(Root, "inputs")).FullName;
        Library = Open();
    }

    public string Root { get; }

    public string Directory { get; }

    public string Inputs { get; }

    public Library Library { get; private set; }

    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Inputs, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Closes the library, deletes its database files, and opens a new empty one in the same folder (the archive stays).</summary>
    public Library LoseDatabase()
    {
        Library.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string file in System.IO.Directory.EnumerateFiles(Directory, "roots.db*"))
        {
            File.Delete(file);
        }

        return Library = Open();
    }

    public void Dispose()
    {
        Library.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string file in System.IO.Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        System.IO.Directory.Delete(Root, recursive: true);
    }

    /// <summary>Appends <paramref name="yaml"/> to the library's roots.yaml and opens it again, so the new settings apply.</summary>
    public Library Configure(string yaml)
    {
        Library.Dispose();
        File.AppendAllText(Path.Combine(Directory, "roots.yaml"), "\n" + yaml);
        var opened = Library.Open(Directory);
        Assert.True(opened.IsSuccess, opened.Error);
        return Library = opened.Value;
    }

    private Library Open()
    {
        var opened = Library.Init(Directory);
        Assert.True(opened.IsSuccess, opened.Error);
        return opened.Value.Library;
    }
}
