using System.Globalization;
using System.Text;

namespace Roots.Ingest.Web.Warc;

/// <summary>
/// Writes fetched exchanges as WARC 1.1 into <c>.warc.gz</c> files under one directory (the
/// library passes <c>archive/warc/</c>): a <c>warcinfo</c> record opens every file, then per
/// exchange a <c>request</c> and a <c>response</c> record that point at each other with
/// <c>WARC-Concurrent-To</c>, each its own gzip member. Digests are SHA-1 base32 (see
/// <see cref="WarcDigest"/>). Files are append-only and never rewritten: each write appends
/// whole members and (by default) fsyncs, so a crash can at worst leave a torn last member that
/// <see cref="WarcReader"/> reports; a new writer always starts a new file. Files rotate at
/// <see cref="WarcWriterOptions.MaxFileBytes"/>. Thread-safe: writes are serialised.
/// </summary>
public sealed class WarcWriter : IAsyncDisposable, IDisposable
{
    private readonly string _directory;
    private readonly WarcWriterOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileStream? _file;
    private string? _warcinfoId;
    private int _sequence;

    /// <summary>Creates a writer; the directory is created when missing. Nothing is written until the first record.</summary>
    public WarcWriter(string directory, WarcWriterOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _options = options ?? new WarcWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxFileBytes, 1024, nameof(WarcWriterOptions.MaxFileBytes));
        _directory = Directory.CreateDirectory(directory).FullName;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The file being written, or null before the first record.</summary>
    public string? CurrentFile => _file?.Name;

    /// <summary>Writes every exchange of <paramref name="result"/> (redirect hops included); returns the response records' locations.</summary>
    public async Task<IReadOnlyList<WarcLocation>> WriteAsync(FetchResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var locations = new List<WarcLocation>(result.Exchanges.Count);
        foreach (var exchange in result.Exchanges)
        {
            locations.Add(await WriteAsync(exchange, cancellationToken).ConfigureAwait(false));
        }

        return locations;
    }

    /// <summary>Writes the request and response records of <paramref name="exchange"/>; returns where the response record lies.</summary>
    public async Task<WarcLocation> WriteAsync(HttpExchange exchange, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var responseBlock = WarcRecordBuilder.ResponseBlock(exchange);
        var requestBlock = WarcRecordBuilder.RequestBlock(exchange);
        var responseId = WarcRecordBuilder.NewId();
        var requestId = WarcRecordBuilder.NewId();
        var date = WarcRecordBuilder.Date(exchange.Date);
        var target = exchange.Url.AbsoluteUri;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var file = await OpenAsync(responseBlock.Length + requestBlock.Length, cancellationToken).ConfigureAwait(false);
            var response = WarcRecordBuilder.Member(
                [
                    new("WARC-Type", "response"), new("WARC-Record-ID", responseId), new("WARC-Date", date),
                    new("WARC-Target-URI", target), new("WARC-Warcinfo-ID", _warcinfoId!),
                    new("WARC-Payload-Digest", WarcDigest.Sha1(exchange.RawBody.Span)),
                    new("Content-Type", "application/http; msgtype=response"),
                ],
                responseBlock);
            var request = WarcRecordBuilder.Member(
                [
                    new("WARC-Type", "request"), new("WARC-Record-ID", requestId), new("WARC-Date", date),
                    new("WARC-Target-URI", target), new("WARC-Warcinfo-ID", _warcinfoId!),
                    new("WARC-Concurrent-To", responseId), new("Content-Type", "application/http; msgtype=request"),
                ],
                requestBlock);
            var offset = file.Position;
            await file.WriteAsync(response, cancellationToken).ConfigureAwait(false);
            await file.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            await FlushAsync(file, cancellationToken).ConfigureAwait(false);
            return new WarcLocation(file.Name, offset, response.Length, responseId);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _file?.Flush(flushToDisk: _options.FlushToDisk);
        _file?.Dispose();
        _file = null;
        _gate.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The file to append to: the current one, or a new one when there is none or the next write would pass the size limit.</summary>
    private async Task<FileStream> OpenAsync(long nextBytes, CancellationToken cancellationToken)
    {
        if (_file is not null && _file.Length > 0 && _file.Length + (nextBytes / 2) > _options.MaxFileBytes)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            _file = null;
        }

        if (_file is not null)
        {
            return _file;
        }

        var now = _time.GetUtcNow();
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{_options.Prefix}-{now:yyyyMMddHHmmssfff}-{Interlocked.Increment(ref _sequence):D5}-{Guid.NewGuid().ToString("N")[..8]}.warc.gz");
        var file = new FileStream(Path.Combine(_directory, name), FileMode.CreateNew, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
        _warcinfoId = WarcRecordBuilder.NewId();
        var info = $"software: {_options.Software}\r\nformat: WARC File Format 1.1\r\n" +
            "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n";
        var member = WarcRecordBuilder.Member(
            [
                new("WARC-Type", "warcinfo"), new("WARC-Record-ID", _warcinfoId), new("WARC-Date", WarcRecordBuilder.Date(now)),
                new("WARC-Filename", name), new("Content-Type", "application/warc-fields"),
            ],
            Encoding.UTF8.GetBytes(info));
        await file.WriteAsync(member, cancellationToken).ConfigureAwait(false);
        _file = file;
        return file;
    }

    private async Task FlushAsync(FileStream file, CancellationToken cancellationToken)
    {
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_options.FlushToDisk)
        {
            file.Flush(flushToDisk: true);
        }
    }
}
