using Roots.Architecture.Tests.Fixtures;
using Roots.Architecture.Tests.Fixtures.Caught;

namespace Roots.Architecture.Tests;

/// <summary>The dependency search that the rules share sees what NetArchTest alone would miss.</summary>
public class DependenciesTests
{
    [Fact]
    public void Find_TypeUsedOnlyInACatchClause_IsADependency()
    {
        var file = Path.GetFileName(typeof(Catcher).Assembly.Location);

        var found = Dependencies.Find(file, [typeof(CaughtException).Namespace!]);

        Assert.Contains(typeof(Catcher).FullName!, found.Keys);
        Assert.Contains("Catches", found[typeof(Catcher).FullName!], StringComparison.Ordinal);
    }
}
