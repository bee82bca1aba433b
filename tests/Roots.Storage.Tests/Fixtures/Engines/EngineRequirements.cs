using Xunit.Abstractions;

namespace Roots.Storage.Tests.Fixtures.Engines;

/// <summary>Decides at discovery whether a concrete test class can run on this machine.</summary>
internal static class EngineRequirements
{
    /// <summary>Why tests of <paramref name="testClass"/> are skipped here, or null when they run.</summary>
    public static string? SkipReason(ITypeInfo testClass) =>
        testClass.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any() ? PostgresEnvironment.SkipReason : null;
}
