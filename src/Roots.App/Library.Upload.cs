using Roots.App.Collect;
using Roots.App.Ingest;
using Roots.App.UseCases;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>The folder inside a library where uploads wait while they are collected.</summary>
    public const string UploadsFolderName = ".uploads";

    /// <summary>
    /// Collects uploaded files the way <c>roots add FILE</c> collects files: each is written under
    /// the library (the archive's disk), collected, and removed again; the archive keeps the original.
    /// </summary>
    public async Task<IngestReport> AddUploadsAsync(IReadOnlyList<Upload> uploads, AddOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        string folder = System.IO.Directory.CreateDirectory(Path.Combine(Directory, UploadsFolderName, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var paths = new List<string>(uploads.Count);
            foreach (var upload in uploads)
            {
                // Numbered, so that two uploads with one name stay two files.
                string path = Path.Combine(folder, paths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + upload.SafeName);
                await using (var target = File.Create(path))
                {
                    await upload.WriteToAsync(target, cancellationToken).ConfigureAwait(false);
                }

                paths.Add(path);
            }

            return await AddPathsAsync(paths, options, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
