using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// Opens the rank files (<c>base64-token rank</c> per line) that the Microsoft.ML.Tokenizers.Data.*
/// packages embed, deflated.
/// </summary>
internal static class TiktokenData
{
    /// <summary>
    /// p50k_base has no data package here. Its ranks are r50k_base's plus one token for each run of
    /// 2 to 25 spaces (ranks 50257 to 50280, after r50k's special 50256), checked against npm tiktoken.
    /// </summary>
    private const int FirstSpaceRunRank = 50257;

    /// <summary>The rank file of <paramref name="encoding"/>, one of the built-in names.</summary>
    public static Stream Open(string encoding) => encoding switch
    {
        TokenizerNames.O200kBase => Resource("Microsoft.ML.Tokenizers.Data.O200kBase", "o200k_base.tiktoken.deflate"),
        TokenizerNames.Cl100kBase => Resource("Microsoft.ML.Tokenizers.Data.Cl100kBase", "cl100k_base.tiktoken.deflate"),
        TokenizerNames.R50kBase => Resource("Microsoft.ML.Tokenizers.Data.R50kBase", "r50k_base.tiktoken.deflate"),
        TokenizerNames.P50kBase => P50k(),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "not a built-in encoding"),
    };

    /// <summary>
    /// The packaged files start with a "Capacity: N" line and list tokens by rank, one per line,
    /// without the rank; p50k's ranks skip 50256, so it is written in tiktoken's own
    /// "base64 rank" form instead.
    /// </summary>
    private static MemoryStream P50k()
    {
        var text = new StringBuilder(1 << 20);
        using (var reader = new StreamReader(Resource("Microsoft.ML.Tokenizers.Data.R50kBase", "r50k_base.tiktoken.deflate"), Encoding.ASCII))
        {
            int rank = 0;
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.StartsWith("Capacity:", StringComparison.Ordinal))
                {
                    continue;
                }

                text.Append(line).Append(' ').Append(rank++).Append('\n');
            }
        }

        for (int spaces = 2; spaces <= 25; spaces++)
        {
            text.Append(Convert.ToBase64String(Encoding.ASCII.GetBytes(new string(' ', spaces))))
                .Append(' ').Append(FirstSpaceRunRank + spaces - 2).Append('\n');
        }

        return new MemoryStream(Encoding.ASCII.GetBytes(text.ToString()));
    }

    private static DeflateStream Resource(string assemblyName, string resourceName)
    {
        var assembly = Assembly.Load(assemblyName);
        var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{assemblyName} does not embed {resourceName}");
        return new DeflateStream(stream, CompressionMode.Decompress);
    }
}
