using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Roots.Storage.Tests.Fixtures.Engines;

/// <summary>A contract test of an engine that is not available: reported as skipped with the reason, never run.</summary>
public sealed class SkippedByEngineTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedByEngineTestCase()
    {
    }

    public SkippedByEngineTestCase(IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod)
    {
    }

    // Computed from the test class, not stored, so a de-serialized case gives the same answer.
    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        EngineRequirements.SkipReason(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);
}
