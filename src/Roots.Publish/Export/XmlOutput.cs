using System.Xml;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// The one way the exporters write XML: an <see cref="XmlWriter"/> with fixed settings (UTF-8
/// declaration, two-space indent, LF line ends, final newline), and every string cleaned by
/// <see cref="CleanText"/> first so hostile input cannot make the writer throw.
/// </summary>
/// <remarks>
/// The declaration always says UTF-8, whatever the <see cref="TextWriter"/>'s own encoding
/// (a <see cref="StringWriter"/> would otherwise claim UTF-16): files are written as UTF-8.
/// </remarks>
internal sealed class XmlOutput : IDisposable
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        OmitXmlDeclaration = true,
        CloseOutput = false,
        CheckCharacters = true,
    };

    private readonly TextWriter _target;
    private readonly XmlWriter _writer;

    public XmlOutput(TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;

        // Written by hand because XmlWriter takes the declared encoding from the TextWriter,
        // and a StringWriter would make it claim UTF-16; files are always written as UTF-8.
        target.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        _writer = XmlWriter.Create(target, s_settings);
    }

    /// <summary>Starts an element in <paramref name="ns"/> with an optional prefix.</summary>
    public void Start(string name, string ns, string? prefix = null)
    {
        if (prefix is null)
        {
            _writer.WriteStartElement(name, ns);
        }
        else
        {
            _writer.WriteStartElement(prefix, name, ns);
        }
    }

    /// <summary>Declares the default namespace on the current element (written first, as people expect to read it).</summary>
    public void DefaultNamespace(string ns) => _writer.WriteAttributeString("xmlns", null, ns);

    /// <summary>Declares a namespace prefix on the current element.</summary>
    public void Namespace(string prefix, string ns) => _writer.WriteAttributeString("xmlns", prefix, null, ns);

    /// <summary>Writes an attribute in no namespace; skipped when the value is null or empty.</summary>
    public void Attribute(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _writer.WriteAttributeString(name, CleanText.Of(value));
        }
    }

    /// <summary>Writes an attribute in a namespace (xsi:schemaLocation).</summary>
    public void Attribute(string prefix, string name, string ns, string value) =>
        _writer.WriteAttributeString(prefix, name, ns, CleanText.Of(value));

    /// <summary>Writes <c>xml:lang</c> when a language is known.</summary>
    public void Lang(string? language)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            _writer.WriteAttributeString("xml", "lang", null, CleanText.OneLine(language));
        }
    }

    /// <summary>Writes text content.</summary>
    public void Text(string? text) => _writer.WriteString(CleanText.Of(text));

    /// <summary>Ends the current element.</summary>
    public void End() => _writer.WriteEndElement();

    /// <summary>Writes <c>&lt;name&gt;text&lt;/name&gt;</c> in the namespace; nothing when the text is empty.</summary>
    public void Element(string name, string ns, string? text, string? prefix = null)
    {
        string clean = CleanText.Of(text).Trim();
        if (clean.Length == 0)
        {
            return;
        }

        Start(name, ns, prefix);
        _writer.WriteString(clean);
        End();
    }

    /// <summary>Closes every open element, flushes, and ends the file with a newline.</summary>
    public void Dispose()
    {
        _writer.WriteEndDocument();
        _writer.Flush();
        _writer.Dispose();
        _target.Write('\n');
    }
}
