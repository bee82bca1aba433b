using System.Text;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>The Unicode normalization a tokenizer.json asks for (<c>NFC</c>, <c>NFKC</c> …), or none.</summary>
internal sealed class TextNormalizer
{
    private readonly NormalizationForm[] _forms;

    public TextNormalizer(IEnumerable<NormalizationForm> forms) => _forms = [.. forms];

    /// <summary>No normalization.</summary>
    public static TextNormalizer None { get; } = new([]);

    /// <summary>True when text passes unchanged.</summary>
    public bool IsIdentity => _forms.Length == 0;

    /// <summary>The normalized text; ASCII, unchanged by every form, is returned as it is.</summary>
    public string Apply(string text)
    {
        if (IsIdentity || System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        foreach (var form in _forms)
        {
            if (!text.IsNormalized(form))
            {
                text = text.Normalize(form);
            }
        }

        return text;
    }
}
