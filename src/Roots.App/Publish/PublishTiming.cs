namespace Roots.App.Publish;

/// <summary>How long one stage of a publish took (<c>roots publish --timings</c>): where a slow publish spends its time.</summary>
/// <param name="Stage">The stage: <c>reading</c>, <c>deriving</c>, <c>grouping</c>, <c>theme</c>, <c>indexing</c>, <c>planning</c>, <c>texts</c>, <c>writing</c>.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
public readonly record struct PublishTiming(string Stage, double Seconds);
