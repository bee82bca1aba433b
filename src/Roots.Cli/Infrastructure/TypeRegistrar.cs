using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Lets Spectre.Console.Cli build commands from a <see cref="IServiceCollection"/> (the documented way), so a
/// command takes what it needs, the engine first, in its constructor.
/// </summary>
public sealed class TypeRegistrar(IServiceCollection services) : ITypeRegistrar
{
    /// <inheritdoc />
    public ITypeResolver Build() => new TypeResolver(services.BuildServiceProvider());

    /// <inheritdoc />
    public void Register(Type service, Type implementation) => services.AddSingleton(service, implementation);

    /// <inheritdoc />
    public void RegisterInstance(Type service, object implementation) => services.AddSingleton(service, implementation);

    /// <inheritdoc />
    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        services.AddSingleton(service, _ => factory());
    }
}
