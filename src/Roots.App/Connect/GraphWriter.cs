using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Roots.Core.Model;

namespace Roots.App.Connect;

/// <summary>
/// Writes a <see cref="LinkGraph"/> as JSON (nodes and links, the shape d3 and most tools read),
/// GraphML (Gephi, yEd, Cytoscape, NetworkX) or Graphviz DOT. Output is deterministic.
/// </summary>
public static class GraphWriter
{
    /// <summary>The formats <see cref="Write"/> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "graphml", "dot"];

    /// <summary>Writes <paramref name="graph"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    public static void Write(LinkGraph graph, string format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case "json": WriteJson(graph, output); break;
            case "graphml": WriteGraphMl(graph, output); break;
            case "dot": WriteDot(graph, output); break;
            default: throw new ArgumentException($"unknown graph format '{format}'; use json, graphml or dot", nameof(format));
        }
    }

    private static void WriteJson(LinkGraph graph, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            foreach (var item in graph.Nodes)
            {
                json.WriteStartObject();
                json.WriteNumber("id", item.Id);
                json.WriteString("title", item.Title);
                json.WriteString("lang", item.Language);
                json.WriteString("kind", item.Kind);
                if (item.ExternalId is { } external)
                {
                    json.WriteString("externalId", external);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var link in graph.Links)
            {
                json.WriteStartObject();
                json.WriteNumber("source", link.SourceId);
                json.WriteNumber("target", link.TargetId);
                json.WriteString("kind", link.Kind);
                json.WriteNumber("weight", link.Weight);
                if (link.Evidence is { } evidence)
                {
                    json.WriteString("evidence", evidence);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteGraphMl(LinkGraph graph, TextWriter output)
    {
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        Key(xml, "title", "node", "title", "string");
        Key(xml, "lang", "node", "lang", "string");
        Key(xml, "kind", "edge", "kind", "string");
        Key(xml, "weight", "edge", "weight", "double");
        Key(xml, "evidence", "edge", "evidence", "string");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", "roots");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var item in graph.Nodes)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", "n" + item.Id.ToString(CultureInfo.InvariantCulture));
            Data(xml, "title", item.Title);
            Data(xml, "lang", item.Language);
            xml.WriteEndElement();
        }

        int n = 0;
        foreach (var link in graph.Links)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", "e" + (n++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", "n" + link.SourceId.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("target", "n" + link.TargetId.ToString(CultureInfo.InvariantCulture));
            Data(xml, "kind", link.Kind);
            Data(xml, "weight", link.Weight.ToString("R", CultureInfo.InvariantCulture));
            if (link.Evidence is { } evidence)
            {
                Data(xml, "evidence", evidence);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteLine();

        static void Key(XmlWriter xml, string id, string target, string name, string type)
        {
            xml.WriteStartElement("key", ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        static void Data(XmlWriter xml, string key, string value)
        {
            xml.WriteStartElement("data", ns);
            xml.WriteAttributeString("key", key);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
    }

    private static void WriteDot(LinkGraph graph, TextWriter output)
    {
        output.WriteLine("digraph roots {");
        output.WriteLine("  node [shape=box, fontname=\"Noto Sans CJK SC, sans-serif\"];");
        foreach (var item in graph.Nodes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  n{item.Id} [label={DotString(item.Title)}];"));
        }

        foreach (var link in graph.Links)
        {
            string style = link.Kind switch { LinkKinds.Mentions => "solid", LinkKinds.Related => "dashed", LinkKinds.AttachmentOf => "bold", _ => "dotted" };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  n{link.SourceId} -> n{link.TargetId} [label={DotString(link.Kind)}, style={style}, weight={link.Weight:0.###}];"));
        }

        output.WriteLine("}");
    }

    // A DOT quoted string: backslashes and quotes escaped, line breaks as \n, so no title can end the statement.
    private static string DotString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
