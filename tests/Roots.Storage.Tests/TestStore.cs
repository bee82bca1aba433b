using System.Security.Cryptography;
using System.Text;
using Roots.Core.Analysis;
using Roots.Core.Model;

namespace Roots.Storage.Sqlite.Tests;

/// <summary>A store in a fresh temporary folder, removed after the test.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore()
    {
        Folder = Directory.CreateTempSubdirectory("roots-store-").FullName;
        Store = SqliteStore.Open(DatabasePath);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "roots.db");

    public SqliteStore Store { get; private set; }

    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteStore.Open(DatabasePath);
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>A prepared item as the pipeline would make it, with real analysed terms.</summary>
    public static PreparedItem Item(string source, string title, string text, string lang = "en", IReadOnlyList<string>? tags = null, string kind = "text")
    {
        byte[] bytes = Encoding.UTF8.GetBytes(title + "\n" + text);
        return new PreparedItem
        {
            Source = source,
            Kind = kind,
            Title = title,
            Language = lang,
            Text = text,
            Tags = tags ?? [],
            Original = new ArchivedOriginal(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length),
            MediaType = "text/plain",
            TitleTerms = string.Join(' ', TextAnalyzer.Terms(title)),
            BodyTerms = string.Join(' ', TextAnalyzer.Terms(text)),
        };
    }
}
