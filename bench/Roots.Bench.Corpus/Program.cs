using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Roots.Bench.Corpus;

// corpus gen     --docs N --size 4096 --out DIR --seed 42 [--format files|jsonl] [--zh-share 0.5] [--zipf 1.0]
// corpus queries --count 200 --seed 7 --out FILE.jsonl [--zh-share 0.5]
// corpus vocab   (prints vocabulary sizes)

const string Usage = """
    usage:
      corpus gen --docs N [--size 4096] --out DIR [--seed 42] [--format files|jsonl] [--zh-share 0.5] [--zipf 1.0]
          files: DIR/00/000001.md … (100 files per folder, '# Title' first line)
          jsonl: DIR/corpus.jsonl (or --out FILE.jsonl), one {"_id","title","text"} per line
      corpus queries [--count 200] [--seed 7] --out FILE.jsonl [--zh-share 0.5]
          one {"_id":"q1","text":"..."} per line, 1–4 words of rank 20–2000
      corpus vocab
          prints the sizes of the embedded vocabularies
    The same arguments always produce byte-identical output.
    """;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var jsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

try
{
    if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
    {
        Console.WriteLine(Usage);
        return args.Length == 0 ? 2 : 0;
    }

    var options = ParseOptions(args.AsSpan(1));
    switch (args[0])
    {
        case "gen":
            return Gen(options);
        case "queries":
            return Queries(options);
        case "vocab":
            var v = Vocabulary.Load();
            Console.WriteLine($"english {v.English.Length}  chinese {v.Chinese.Length}  terms {v.Terms.Length}");
            return 0;
        default:
            throw new ArgumentException($"unknown command '{args[0]}' (expected gen, queries or vocab)");
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"corpus: {e.Message}");
    Console.Error.WriteLine("run 'corpus --help' for usage");
    return 2;
}

int Gen(Dictionary<string, string> o)
{
    var docs = Int(o, "docs", null);
    var size = Int(o, "size", 4096);
    var seed = ULong(o, "seed", 42);
    var zhShare = Double(o, "zh-share", 0.5);
    var zipf = Double(o, "zipf", 1.0);
    var format = Str(o, "format", "files");
    var outPath = Str(o, "out", null);
    CheckUnused(o);
    if (docs < 1 || size < 200 || zhShare is < 0 or > 1 || zipf <= 0)
    {
        throw new ArgumentException("need --docs ≥ 1, --size ≥ 200, 0 ≤ --zh-share ≤ 1, --zipf > 0");
    }

    var generator = new DocumentGenerator(Vocabulary.Load(), size, zhShare, seed, zipf);
    var idWidth = Math.Max(6, Digits(docs));
    var folderWidth = Math.Max(2, Digits((docs - 1) / 100));
    var clock = Stopwatch.StartNew();
    long total = 0, min = long.MaxValue, max = 0;
    var chinese = 0;

    void Count(Document d, long bytes)
    {
        total += bytes;
        min = Math.Min(min, bytes);
        max = Math.Max(max, bytes);
        chinese += d.Lang == "zh" ? 1 : 0;
    }

    switch (format)
    {
        case "files":
            for (var i = 1; i <= docs; i++)
            {
                var d = generator.Generate(i, idWidth);
                var folder = Path.Combine(outPath, ((i - 1) / 100).ToString(CultureInfo.InvariantCulture).PadLeft(folderWidth, '0'));
                if ((i - 1) % 100 == 0)
                {
                    Directory.CreateDirectory(folder);
                }

                var bytes = utf8.GetBytes(d.Markdown);
                File.WriteAllBytes(Path.Combine(folder, d.Id + ".md"), bytes);
                Count(d, bytes.Length);
            }

            break;
        case "jsonl":
            var file = outPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? outPath : Path.Combine(outPath, "corpus.jsonl");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            using (var stream = new BufferedStream(File.Create(file), 1 << 20))
            using (var json = new Utf8JsonWriter(stream, jsonOptions))
            {
                for (var i = 1; i <= docs; i++)
                {
                    var d = generator.Generate(i, idWidth);
                    json.WriteStartObject();
                    json.WriteString("_id", d.Id);
                    json.WriteString("title", d.Title);
                    json.WriteString("text", d.Text);
                    json.WriteEndObject();
                    json.Flush();
                    stream.WriteByte((byte)'\n');
                    json.Reset();
                    Count(d, utf8.GetByteCount(d.Markdown));
                }
            }

            break;
        default:
            throw new ArgumentException($"--format must be files or jsonl, not '{format}'");
    }

    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"corpus: {docs} docs ({chinese} zh, {docs - chinese} en) → {outPath}; markdown bytes min {min} avg {total / docs} max {max}; total {total / 1048576.0:F1} MiB in {clock.Elapsed.TotalSeconds:F1} s"));
    return 0;
}

int Queries(Dictionary<string, string> o)
{
    var count = Int(o, "count", 200);
    var seed = ULong(o, "seed", 7);
    var zhShare = Double(o, "zh-share", 0.5);
    var outPath = Str(o, "out", null);
    CheckUnused(o);
    if (count < 1 || zhShare is < 0 or > 1)
    {
        throw new ArgumentException("need --count ≥ 1 and 0 ≤ --zh-share ≤ 1");
    }

    var generator = new QueryGenerator(Vocabulary.Load(), zhShare, seed);
    var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
    Directory.CreateDirectory(dir!);
    using var stream = new BufferedStream(File.Create(outPath));
    using var json = new Utf8JsonWriter(stream, jsonOptions);
    for (var i = 1; i <= count; i++)
    {
        json.WriteStartObject();
        json.WriteString("_id", "q" + i.ToString(CultureInfo.InvariantCulture));
        json.WriteString("text", generator.Generate(i));
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
        json.Reset();
    }

    Console.Error.WriteLine($"corpus: {count} queries → {outPath}");
    return 0;
}

static Dictionary<string, string> ParseOptions(ReadOnlySpan<string> args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        var arg = args[i];
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"unexpected argument '{arg}'");
        }

        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0)
        {
            options[arg[2..eq]] = arg[(eq + 1)..];
        }
        else if (i + 1 < args.Length)
        {
            options[arg[2..]] = args[++i];
        }
        else
        {
            throw new ArgumentException($"option '{arg}' needs a value");
        }
    }

    return options;
}

static string Str(Dictionary<string, string> o, string name, string? fallback)
{
    if (o.Remove(name, out var value))
    {
        return value;
    }

    return fallback ?? throw new ArgumentException($"--{name} is required");
}

static int Int(Dictionary<string, string> o, string name, int? fallback) =>
    int.TryParse(Str(o, name, fallback?.ToString(CultureInfo.InvariantCulture)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
        ? v : throw new ArgumentException($"--{name} must be an integer");

static ulong ULong(Dictionary<string, string> o, string name, ulong fallback) =>
    ulong.TryParse(Str(o, name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
        ? v : throw new ArgumentException($"--{name} must be a non-negative integer");

static double Double(Dictionary<string, string> o, string name, double fallback) =>
    double.TryParse(Str(o, name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
        ? v : throw new ArgumentException($"--{name} must be a number");

static void CheckUnused(Dictionary<string, string> o)
{
    if (o.Count > 0)
    {
        throw new ArgumentException($"unknown option --{o.Keys.First()}");
    }
}

static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
