using Roots.Architecture.Tests.Fixtures.Cycle.Left;

namespace Roots.Architecture.Tests.Fixtures.Cycle.Right;

/// <summary>The other half of a deliberate namespace cycle for <see cref="NamespaceCycleTests"/>.</summary>
public sealed class RightHalf
{
    public static int Count(LeftHalf left) => left.Other is null ? 0 : 1;
}
