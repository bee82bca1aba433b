using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>Resolves commands and their dependencies from the built service provider; disposing it disposes the engine.</summary>
public sealed class TypeResolver(IServiceProvider provider) : ITypeResolver, IDisposable
{
    /// <inheritdoc />
    public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

    /// <inheritdoc />
    public void Dispose() => (provider as IDisposable)?.Dispose();
}
