namespace Roots.Storage.Tests.Fixtures.Engines;

/// <summary>Where the PostgreSQL half of the suite finds its server: <c>ROOTS_TEST_POSTGRES</c>, an Npgsql connection string.</summary>
public static class PostgresEnvironment
{
    public const string Variable = "ROOTS_TEST_POSTGRES";

    public const string SkipMessage =
        "ROOTS_TEST_POSTGRES is not set: the PostgreSQL half of the store contract is skipped; see scripts/postgres-throwaway.sh";

    /// <summary>The connection string, or null when the variable is unset or blank.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Why PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null ? SkipMessage : null;
}
