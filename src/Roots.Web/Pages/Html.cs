using System.Globalization;
using System.Text.Encodings.Web;

namespace Roots.Web.Pages;

/// <summary>Escaping for the server-rendered pages: every value from the library goes through <see cref="E"/>.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>Text escaped for an element or a quoted attribute (Chinese left readable).</summary>
    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>A query-string value.</summary>
    public static string Q(string? text) => Uri.EscapeDataString(text ?? "");

    /// <summary>A date as the pages show it.</summary>
    public static string Date(DateTimeOffset when) => when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as the pages show it, in UTC to the minute.</summary>
    public static string Time(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A number with invariant digits.</summary>
    public static string N(long number) => number.ToString(CultureInfo.InvariantCulture);
}
