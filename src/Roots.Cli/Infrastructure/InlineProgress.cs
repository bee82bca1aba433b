namespace Roots.Cli.Infrastructure;

/// <summary>
/// An <see cref="IProgress{T}"/> that handles each report on the reporting thread before the
/// reporter goes on, unlike <see cref="Progress{T}"/>, which posts it for later: for a handler
/// whose effect must come before what the report announces.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
