using System.Xml;
using System.Xml.Schema;

namespace Roots.TestKit;

/// <summary>Validates XML against the official DataCite kernel-4.7 XSD with System.Xml.Schema, offline.</summary>
public static class DataCiteSchema
{
    private static readonly Lazy<XmlSchemaSet> s_schemas = new(Load);

    public static string Folder => FolderOrNull ?? throw new InvalidOperationException("DataCite schemas not found (../shared/schemas/datacite-4.7 beside the checkout)");

    /// <summary>../shared/schemas/datacite-4.7 beside the checkout (found upwards from the test's folder); <c>null</c> when absent.</summary>
    public static string? FolderOrNull { get; } = Find();

    /// <summary>The schema errors of <paramref name="xml"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        using var reader = new StringReader(xml);
        return Validate(reader);
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "schemas", "datacite-4.7");
            if (File.Exists(Path.Combine(path, "metadata.xsd")))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The validation errors; empty when the document is valid.</summary>
    /// <remarks>
    /// Warnings are not errors and are not returned: metadata.xsd declares nameIdentifier and
    /// affiliation with <c>xsi:type="…"</c> on the <c>xs:element</c>, which XML Schema ignores, so
    /// those elements are <c>xs:anyType</c> and their attributes are assessed laxly ("could not
    /// find schema information"). The official examples get the same warnings.
    /// </remarks>
    public static IReadOnlyList<string> Validate(TextReader xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = s_schemas.Value,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add($"line {e.Exception?.LineNumber}: {e.Message}");
            }
        };
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(Path.Combine(Folder, "metadata.xsd"), readerSettings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
