using Xunit.Abstractions;
using Xunit.Sdk;

namespace Roots.Storage.Tests.Fixtures.Engines;

/// <summary>A contract test: a <see cref="FactAttribute"/> that is skipped, with the reason, in test classes whose engine is not available here.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Roots.Storage.Tests.Fixtures.Engines.ContractFactDiscoverer", "Roots.Storage.Tests")]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests per concrete test class.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        EngineRequirements.SkipReason(testMethod.TestClass.Class) is null
            ? _facts.Discover(discoveryOptions, testMethod, factAttribute)
            : [new SkippedByEngineTestCase(diagnosticMessageSink, discoveryOptions, testMethod)];
}
