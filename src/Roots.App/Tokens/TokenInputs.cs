using System.Text;
using Roots.Core;

namespace Roots.App.Tokens;

/// <summary>Reads the inputs of <c>roots tokens</c> that need no library: files and standard input.</summary>
public static class TokenInputs
{
    /// <summary>The text of the file at <paramref name="path"/> (UTF-8, a BOM honoured), or why it cannot be read.</summary>
    public static Result<TokenInput> FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return Result<TokenInput>.Fail($"no such file: {path}");
        }

        try
        {
            return new TokenInput(path, File.ReadAllText(path, Encoding.UTF8));
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
