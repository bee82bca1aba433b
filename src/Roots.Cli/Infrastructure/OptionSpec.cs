namespace Roots.Cli.Infrastructure;

/// <summary>One option a verb takes, as its settings declare it.</summary>
/// <param name="LongNames">Names after <c>--</c>.</param>
/// <param name="ShortNames">Letters after <c>-</c>.</param>
/// <param name="TakesValue">True when a value follows (<c>--limit N</c>); false for a flag.</param>
/// <param name="ValueOptional">True when the value may be left out (<c>--model [MODEL]</c>).</param>
public sealed record OptionSpec(IReadOnlyList<string> LongNames, IReadOnlyList<string> ShortNames, bool TakesValue, bool ValueOptional)
{
    /// <summary>How the option is written in a message: its first long name, else its first short one.</summary>
    public string Display => LongNames.Count > 0 ? "--" + LongNames[0] : "-" + ShortNames[0];
}
