namespace Roots.Publish.Tests.Support;

/// <summary>A fact that is skipped, with a message saying why, when the official DataCite 4.7 schemas are not next to the repository.</summary>
public sealed class DataCiteSchemaFactAttribute : FactAttribute
{
    public DataCiteSchemaFactAttribute()
    {
        if (RepoPaths.DataCiteSchemas is null)
        {
            Skip = "DataCite 4.7 schemas not found: expected ../shared/schemas/datacite-4.7/metadata.xsd next to the folder holding Roots.sln";
        }
    }
}
