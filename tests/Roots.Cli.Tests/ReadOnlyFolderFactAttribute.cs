namespace Roots.Cli.Tests;

/// <summary>A test that needs <see cref="ReadOnlyFolder"/>: skipped, saying why, where one cannot be made.</summary>
public sealed class ReadOnlyFolderFactAttribute : FactAttribute
{
    public ReadOnlyFolderFactAttribute()
    {
        if (ReadOnlyFolder.Unavailable is { } why)
        {
            Skip = why;
        }
    }

    /// <summary>The test is about roots.db on read-only media: not about PostgreSQL, whose data is on the server.</summary>
    public bool SqliteOnly
    {
        get => false;
        init
        {
            if (value && StoreUnderTest.IsPostgres)
            {
                Skip = "about roots.db on read-only media; a PostgreSQL library keeps its data on the server";
            }
        }
    }

    /// <summary>The test is about a PostgreSQL library whose folder is read-only: runs only on that store.</summary>
    public bool PostgresOnly
    {
        get => false;
        init
        {
            if (value && !StoreUnderTest.IsPostgres)
            {
                Skip = "about a PostgreSQL library in a read-only folder (ROOTS_TEST_CLI_STORE=postgres)";
            }
        }
    }
}
