using System.Diagnostics.Metrics;

namespace Roots.Models.Metering;

/// <summary>
/// The <c>roots.model.tokens</c> counter (CONVENTIONS.md §7), tagged by provider, model,
/// operation and direction, for whoever listens (dotnet-counters, OpenTelemetry).
/// </summary>
internal static class ModelMeter
{
    private static readonly Meter Meter = new("Roots.Models");
    private static readonly Counter<long> Tokens = Meter.CreateCounter<long>("roots.model.tokens", "{token}", "Tokens sent to and received from model providers");

    public static void Record(string provider, string model, string operation, long input, long output)
    {
        if (!Tokens.Enabled)
        {
            return;
        }

        Tokens.Add(input, new("provider", provider), new("model", model), new("operation", operation), new("direction", "input"));
        Tokens.Add(output, new("provider", provider), new("model", model), new("operation", operation), new("direction", "output"));
    }
}
