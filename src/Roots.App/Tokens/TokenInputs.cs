using System.Text;
using Roots.Core;

namespace Roots.App.Tokens;

/// <summary>Reads the inputs of <c>roots tokens</c> that need no library: files and standard input.</summary>
public static class TokenInputs
{
    /// <summary>
    /// The text of the file at <paramref name="path"/> (UTF-8 unless a byte-order mark says UTF-16 or UTF-32), or
    /// why it cannot be read. A byte-order mark stays in the text as U+FEFF: a model sent the file is sent it
    /// too, and the reference tokenizers (tiktoken, Hugging Face) count it; dropping it counted 6 tokens
    /// where they count 7.
    /// </summary>
    public static Result<TokenInput> FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return Result<TokenInput>.Fail($"no such file: {path}");
        }

        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            string text = reader.ReadToEnd();
            bool marked = bytes.AsSpan().StartsWith(reader.CurrentEncoding.Preamble);
            return new TokenInput(path, marked ? "\uFEFF" + text : text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<TokenInput>.Fail($"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>All of <paramref name="reader"/> (standard input), labelled <c>-</c>.</summary>
    public static async Task<TokenInput> FromReaderAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new TokenInput("-", await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }
}
