using Roots.App.Configuration;
using Roots.Core.Ports;

namespace Roots.App.Ingest;

/// <summary>What a step after keeping is created from, per unit of work: its store and the library's configuration.</summary>
/// <param name="Store">The unit of work's store; a step takes the ports it uses from it.</param>
/// <param name="Config">The library's configuration.</param>
public sealed record AfterKeepContext(ILibraryStore Store, LibraryConfig Config);
