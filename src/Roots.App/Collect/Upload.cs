namespace Roots.App.Collect;

/// <summary>A file sent to the library (a web upload): its name as the sender gave it, and how to write its bytes.</summary>
/// <param name="FileName">The name the sender gave; only its last part is used, made safe.</param>
/// <param name="WriteToAsync">Copies the bytes into the stream given.</param>
public sealed record Upload(string FileName, Func<Stream, CancellationToken, Task> WriteToAsync)
{
    /// <summary>The file name alone, no directories, no characters a file system refuses; its extension tells the extractor what it is.</summary>
    public string SafeName
    {
        get
        {
            string file = Path.GetFileName(FileName.Replace('\\', '/'));
            var invalid = Path.GetInvalidFileNameChars();
            file = new string(file.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim('.', ' ');
            return file.Length == 0 ? "upload" : file[..Math.Min(file.Length, 120)];
        }
    }
}
