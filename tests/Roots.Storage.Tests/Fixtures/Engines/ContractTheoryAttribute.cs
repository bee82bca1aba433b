using Xunit.Abstractions;
using Xunit.Sdk;

namespace Roots.Storage.Tests.Fixtures.Engines;

/// <summary>A contract theory: a <see cref="TheoryAttribute"/> that is skipped, with the reason, in test classes whose engine is not available here.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Roots.Storage.Tests.Fixtures.Engines.ContractTheoryDiscoverer", "Roots.Storage.Tests")]
public sealed class ContractTheoryAttribute : TheoryAttribute;

/// <summary>Discovers <see cref="ContractTheoryAttribute"/> tests per concrete test class.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        EngineRequirements.SkipReason(testMethod.TestClass.Class) is null
            ? base.Discover(discoveryOptions, testMethod, theoryAttribute)
            : [new SkippedByEngineTestCase(DiagnosticMessageSink, discoveryOptions, testMethod)];
}
