using Roots.Architecture.Tests.Fixtures.Cycle.Right;

namespace Roots.Architecture.Tests.Fixtures.Cycle.Left;

/// <summary>Half of a deliberate namespace cycle for <see cref="NamespaceCycleTests"/>.</summary>
public sealed class LeftHalf
{
    public RightHalf? Other { get; init; }
}
