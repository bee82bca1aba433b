namespace Roots.Publish.Metadata;

/// <summary>Whether a creator is a person or an organisation; the formats that care (DataCite, CSL, schema.org) write them differently.</summary>
public enum NameType
{
    /// <summary>A person, usually with a given and a family name.</summary>
    Personal,

    /// <summary>An organisation, a group or a project, named by one literal name.</summary>
    Organizational,
}
