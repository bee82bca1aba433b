using System.Globalization;
using Spectre.Console;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Markup lines whose interpolated values are shown as they are: each value has its markup brackets
/// and its control characters escaped (<see cref="Printable.Line"/>), so a title can neither colour
/// the output nor start a new line. Use it instead of Spectre's <c>MarkupLineInterpolated</c>.
/// </summary>
public static class SafeMarkup
{
    /// <summary>Writes <paramref name="value"/> as a markup line, its holes escaped.</summary>
    public static void MarkupLineSafe(this IAnsiConsole console, FormattableString value)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine(Format(value));
    }

    /// <summary>The markup of <paramref name="value"/> with every hole escaped.</summary>
    public static string Format(FormattableString value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToString(EscapingFormatter.Instance);
    }

    private sealed class EscapingFormatter : IFormatProvider, ICustomFormatter
    {
        public static readonly EscapingFormatter Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) =>
            Printable.Markup(arg is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : arg?.ToString());
    }
}
