namespace Roots.App.Ingest;

/// <summary>Adds up the reports of the parts of one run (chunks of a queue, pages of a feed).</summary>
internal static class IngestReports
{
    /// <summary>Adds <paramref name="from"/> to <paramref name="into"/>.</summary>
    public static void Merge(IngestReport into, IngestReport from)
    {
        into.Added += from.Added;
        into.Updated += from.Updated;
        into.Unchanged += from.Unchanged;
        into.Duplicates.AddRange(from.Duplicates);
        into.Failures.AddRange(from.Failures);
        into.Skipped.AddRange(from.Skipped);
        into.StoppedByDiskFull ??= from.StoppedByDiskFull;
        into.KeptToo(from);
        into.TagsForExisting.AddRange(from.TagsForExisting);
    }
}
