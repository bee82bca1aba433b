namespace Roots.Architecture.Tests.Fixtures.Caught;

/// <summary>An exception that <see cref="Fixtures.Catcher"/> catches and nothing else mentions.</summary>
public sealed class CaughtException : Exception;
