namespace Roots.Core.Ports;

/// <summary>
/// Every port a library's database serves, in one connection: what <c>Roots.App</c> opens. The
/// embedded default is SQLite (<c>Roots.Storage.Sqlite</c>); a library shared by many workers uses
/// PostgreSQL (<c>Roots.Storage.Postgres</c>). Both pass the same contract tests.
/// </summary>
/// <remarks>One instance is used by one thread at a time; open one per worker.</remarks>
public interface ILibraryStore :
    IItemStore,
    ISearchIndex,
    ITermStatistics,
    IVectorIndex,
    ILinkStore,
    ITagStore,
    IJobQueue,
    IFeedStore,
    IMailboxStore,
    ISimHashStore,
    IUsageLedger,
    IIdentifierIndex,
    IModelSummaryStore,
    ITranslationStore,
    IParagraphTranslationStore,
    IDisposable
{
    /// <summary>Where the data lives, for people: a file path, or a connection without its password.</summary>
    string Location { get; }

    /// <summary>Runs the engine's own consistency check; null when the database is sound, else the first problems.</summary>
    ValueTask<string?> CheckIntegrityAsync(CancellationToken cancellationToken = default);
}
