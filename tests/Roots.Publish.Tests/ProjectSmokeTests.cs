namespace Roots.Publish.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Roots.Publish", typeof(ProjectSmokeTests).Assembly.GetName().Name!.Replace(".Tests", ""));
}
