namespace Roots.Tokens.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Roots.Tokens", typeof(ProjectSmokeTests).Assembly.GetName().Name!.Replace(".Tests", ""));
}
