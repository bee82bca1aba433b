using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests;

/// <summary>The suite's own rules, checked by reflection so that a new contract cannot be left out for an engine.</summary>
public sealed class ContractCoverageTests
{
    private static readonly Type[] Types = typeof(ContractCoverageTests).Assembly.GetTypes();

    private static readonly Type[] Contracts = Types
        .Where(t => t is { IsAbstract: true, IsGenericTypeDefinition: true } && IsContract(t))
        .ToArray();

    private static bool IsContract(Type type) =>
        type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(StoreContract<>);

    private static IEnumerable<Type> Subclasses(Type contract) => Types.Where(t =>
        t is { IsAbstract: false, BaseType.IsGenericType: true } && t.BaseType.GetGenericTypeDefinition() == contract);

    [Fact]
    public void EveryContract_RunsOnEveryEngine()
    {
        Assert.True(Contracts.Length >= 14, $"only {Contracts.Length} contracts found");
        foreach (var contract in Contracts)
        {
            var factories = Subclasses(contract).Select(t => t.BaseType!.GetGenericArguments()[0].Name).Order(StringComparer.Ordinal).ToList();
            Assert.True(factories.SequenceEqual(ExpectedFactories), $"{contract.Name[..contract.Name.IndexOf('`')]} runs on {string.Join(", ", factories)}");
        }
    }

    [Fact]
    public void EveryContractTest_IsAContractFactOrTheory()
    {
        foreach (var method in Contracts.SelectMany(c => c.GetMethods()).Where(m => m.DeclaringType!.IsGenericType && Contracts.Contains(m.DeclaringType.GetGenericTypeDefinition())))
        {
            bool plain = method.GetCustomAttributes(typeof(FactAttribute), inherit: false)
                .Any(a => a is not ContractFactAttribute and not ContractTheoryAttribute);
            Assert.False(plain, $"{method.DeclaringType!.Name}.{method.Name} uses [Fact]/[Theory]: its PostgreSQL run would not skip without ROOTS_TEST_POSTGRES");
        }
    }

    [Fact]
    public void EveryPostgresContractClass_RequiresPostgres()
    {
        foreach (var test in Contracts.SelectMany(Subclasses).Where(t => t.BaseType!.GetGenericArguments()[0].Name.StartsWith("Postgres", StringComparison.Ordinal)))
        {
            Assert.True(test.IsDefined(typeof(RequiresPostgresAttribute), inherit: false), $"{test.Name} lacks [RequiresPostgres]");
        }
    }

    private static readonly string[] ExpectedFactories = Types
        .Where(t => t is { IsInterface: false, IsAbstract: false } && typeof(IStoreFactory).IsAssignableFrom(t))
        .Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
}
