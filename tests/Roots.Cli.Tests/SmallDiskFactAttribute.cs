namespace Roots.Cli.Tests;

/// <summary>A test that needs <see cref="SmallDisk"/>: skipped, saying why, where mounting is not allowed.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (!SmallDisk.Available)
        {
            Skip = "needs root on Linux to mount a small tmpfs";
        }
    }

    /// <summary>The test fills the library's own disk, where roots.db lives: not PostgreSQL's.</summary>
    public bool SqliteOnly
    {
        get => false;
        init
        {
            if (value && StoreUnderTest.IsPostgres)
            {
                Skip = "fills the disk holding roots.db; a PostgreSQL server's disk is not the test's to fill";
            }
        }
    }
}
