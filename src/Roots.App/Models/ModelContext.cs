using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Models;

/// <summary>What every model use case of one unit of work shares: its configuration, providers, ledger, clock and item lookup.</summary>
/// <param name="Config">The library's configuration.</param>
/// <param name="Directory">The library directory.</param>
/// <param name="Runtime">The providers (breakers are the engine's).</param>
/// <param name="Ledger">The unit of work's ledger.</param>
/// <param name="Time">The engine's clock.</param>
/// <param name="Zone">The engine's zone.</param>
/// <param name="FindItem">Finds an item by id, as <c>roots show</c> does.</param>
internal sealed record ModelContext(
    LibraryConfig Config, string Directory, ModelRuntime Runtime, IUsageLedger Ledger, TimeProvider Time, TimeZoneInfo Zone,
    Func<string, CancellationToken, Task<Item?>> FindItem);
