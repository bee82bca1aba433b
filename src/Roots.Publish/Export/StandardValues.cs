namespace Roots.Publish.Export;

/// <summary>
/// DataCite's standard values for unknown information (DataCite Metadata Schema 4.x, appendix
/// "Standard values for unknown information"). They let a record with a missing mandatory field
/// still be complete and valid, while saying plainly that the value is missing.
/// </summary>
internal static class StandardValues
{
    /// <summary>Value unavailable, possibly unknown: used for a missing creator, title or publisher.</summary>
    public const string Unavailable = "(:unav)";

    /// <summary>To be assigned or announced later: used for the identifier of a record whose DOI is not registered yet.</summary>
    public const string ToBeAssigned = "(:tba)";
}
