namespace Roots.Bench.Micro;

/// <summary>About 4 KB of real Chinese and English prose from the quickstart samples.</summary>
public static class SampleTexts
{
    private static readonly string Samples = FindSamples();

    public static string Chinese { get; } = Take("zh");

    public static string English { get; } = Take("en");

    private static string Take(string language)
    {
        var text = new System.Text.StringBuilder();
        foreach (string file in Directory.EnumerateFiles(Samples, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string content = File.ReadAllText(file);
            bool chinese = content.Count(c => c >= '\u4e00' && c <= '\u9fff') > content.Length / 4;
            if (chinese == (language == "zh"))
            {
                text.AppendLine(content);
            }

            if (System.Text.Encoding.UTF8.GetByteCount(text.ToString()) >= 4096)
            {
                break;
            }
        }

        string all = text.ToString();
        while (System.Text.Encoding.UTF8.GetByteCount(all) > 4096)
        {
            all = all[..^16];
        }

        return all;
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", "quickstart");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/quickstart not found above the benchmark's folder");
    }
}
