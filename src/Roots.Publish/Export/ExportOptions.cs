namespace Roots.Publish.Export;

/// <summary>Settings shared by the exporters.</summary>
public sealed record ExportOptions
{
    /// <summary>The options used by <see cref="ExportFormats.Default"/>: the system clock.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// The clock read only when a record has no publication date and the format demands one:
    /// DataCite's <c>publicationYear</c> and Zenodo's <c>publication_date</c> are mandatory, and
    /// both services themselves default them to the day of publication, which is the day of
    /// export. Default <see cref="TimeProvider.System"/>; tests pass a fixed clock.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Today's date in UTC by <see cref="Clock"/>.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}
