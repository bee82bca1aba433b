namespace Roots.Storage.Tests.Fixtures.Engines;

/// <summary>
/// Marks a test class whose store is PostgreSQL: its <see cref="ContractFactAttribute"/> and
/// <see cref="ContractTheoryAttribute"/> tests, inherited from a contract, are discovered as skipped when
/// <c>ROOTS_TEST_POSTGRES</c> is not set (the attribute on the contract's method cannot see the subclass; the
/// discoverer can).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPostgresAttribute : Attribute;
