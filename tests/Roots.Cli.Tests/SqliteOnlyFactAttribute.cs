namespace Roots.Cli.Tests;

/// <summary>A test about roots.db itself (its write-ahead log, its file): skipped, saying so, in the PostgreSQL pass.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (StoreUnderTest.IsPostgres)
        {
            Skip = "about the roots.db file; a PostgreSQL library keeps its data on the server";
        }
    }
}
