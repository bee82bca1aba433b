using System.ComponentModel;
using System.Globalization;
using Roots.Cli.Infrastructure;
using Roots.Core.Ports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>The filters shared by <c>list</c> and <c>search</c>.</summary>
public class FilterSettings : LibrarySettings
{
    /// <summary>Required tags.</summary>
    [CommandOption("-t|--tag <TAG>")]
    [Description("Only items with this tag (repeat: all of them).")]
    public string[] Tags { get; init; } = [];

    /// <summary>Required language.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("Only items in this language (zh, en, …).")]
    public string? Lang { get; init; }

    /// <summary>Required kind.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("Only items of this kind: markdown, text, html, pdf, note, record.")]
    public string? Kind { get; init; }

    /// <summary>Only items collected since.</summary>
    [CommandOption("--since <DATE>")]
    [Description("Only items collected or updated since this date (2026-01-31) or age (7d, 12h).")]
    public string? Since { get; init; }

    /// <summary>At most this many results.</summary>
    [CommandOption("-n|--limit <N>")]
    [Description("At most N results (default 20).")]
    public int Limit { get; init; } = 20;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Limit is < 1 or > 100_000)
        {
            return ValidationResult.Error("--limit must be between 1 and 100000");
        }

        return Since is not null && ParseSince(Since, TimeProvider.System) is null
            ? ValidationResult.Error($"--since: '{Since}' is neither a date (2026-01-31) nor an age (7d, 12h, 30m)")
            : ValidationResult.Success();
    }

    /// <summary>The filter these settings describe.</summary>
    public ItemFilter ToFilter() => new(
        Tags.Length == 0 ? null : Tags, Lang, Kind, Since is null ? null : ParseSince(Since, TimeProvider.System), Limit);

    /// <summary>Parses a date or an age ("7d") into a point in time; null when it is neither.</summary>
    public static DateTimeOffset? ParseSince(string text, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (text.Length >= 2 && char.IsAsciiLetter(text[^1]) &&
            double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double amount) && amount >= 0)
        {
            TimeSpan? age = char.ToLowerInvariant(text[^1]) switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'w' => TimeSpan.FromDays(amount * 7),
                _ => null,
            };
            return age is { } span ? time.GetUtcNow() - span : null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }
}
