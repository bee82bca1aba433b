using System.Globalization;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;

namespace Roots.Cli.Commands;

/// <summary>How tags print in text output (control characters escaped): <c>ai (rule)</c>, <c>news (classifier 0.83)</c>, <c>tea (user)</c>.</summary>
public static class TagText
{
    /// <summary>One tag or category with who set it.</summary>
    public static string Of(TagDetail tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.Origin == "classifier" && tag.Confidence is { } confidence
            ? string.Create(CultureInfo.InvariantCulture, $"{Printable.Line(tag.Name)} (classifier {confidence:0.00})")
            : $"{Printable.Line(tag.Name)} ({tag.Origin})";
    }

    /// <summary>Tags separated by commas; "(none)" when empty.</summary>
    public static string List(IEnumerable<TagDetail> tags)
    {
        var text = string.Join(", ", tags.Select(Of));
        return text.Length == 0 ? "(none)" : text;
    }
}
