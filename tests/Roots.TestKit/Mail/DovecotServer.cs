using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Roots.TestKit.Mail;

/// <summary>
/// A real Dovecot IMAP server on 127.0.0.1, started as <c>dovecot -F -c CONFIG</c> with a generated configuration in a
/// temporary folder: plain-text login without TLS, one user from a passwd file, a Maildir in the same folder. Messages
/// are delivered by writing Maildir files, which Dovecot picks up at the next command. Not a system service: it runs
/// while the test holds it and is killed (with its children) on dispose. Run as root, the mail processes take the
/// uid of <c>nobody</c> (Dovecot refuses mail access as root) and the Maildir is left open to them.
/// </summary>
public sealed class DovecotServer : IDisposable
{
    /// <summary>The Dovecot binary.</summary>
    public const string Program = "dovecot";

    /// <summary>The user's login name.</summary>
    public const string User = "alice";

    /// <summary>The user's password.</summary>
    public const string Password = "Imap-Secret-7f3q";

    private static readonly bool s_root = Environment.UserName == "root";
    private readonly string _config;
    private Process? _process;
    private int _delivered;

    private DovecotServer(string root, int port)
    {
        Root = root;
        Port = port;
        _config = Path.Combine(root, "dovecot.conf");
    }

    /// <summary>The temporary folder that holds the configuration, the log and the Maildir.</summary>
    public string Root { get; }

    /// <summary>The loopback port of plain IMAP.</summary>
    public int Port { get; }

    /// <summary>The user's Maildir.</summary>
    public string Maildir => Path.Combine(Root, "home", User, "Maildir");

    /// <summary>Dovecot's log, for failure messages.</summary>
    public string Log => File.Exists(Path.Combine(Root, "dovecot.log")) ? File.ReadAllText(Path.Combine(Root, "dovecot.log")) : "";

    /// <summary>The URL of <paramref name="folder"/> as <c>roots mail add</c> takes it.</summary>
    public string Url(string folder = "INBOX") => $"imap://{User}@127.0.0.1:{Port}/{folder}";

    /// <summary>Writes the configuration and starts the server; returns once it accepts connections.</summary>
    public static async Task<DovecotServer> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("roots-dovecot-").FullName;
        var server = new DovecotServer(root, FreePort());
        server.WriteConfiguration();
        await server.RunAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Starts the server again after <see cref="Stop"/>, on the same port and Maildir.</summary>
    public Task RestartAsync() => RunAsync();

    /// <summary>Kills the server and its children: the "server gone" case.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Creates a folder (Maildir++ <c>.Name</c>) that IMAP lists as <paramref name="name"/>.</summary>
    public void CreateFolder(string name) => MakeMaildir(FolderPath(name));

    /// <summary>Delivers <paramref name="message"/> (raw RFC 5322 bytes) to <paramref name="folder"/>.</summary>
    public void Deliver(byte[] message, string folder = "INBOX")
    {
        var path = Path.Combine(FolderPath(folder), "new", $"{1_700_000_000 + Interlocked.Increment(ref _delivered)}.M{_delivered}P1.roots-test");
        File.WriteAllBytes(path, message);
        Open(path, directory: false);
    }

    /// <summary>
    /// Forgets the UIDs Dovecot gave <paramref name="folder"/>'s messages (its <c>dovecot-uidlist</c>), so that the next
    /// session gives them new UIDs under a new UIDVALIDITY, as a server does after its mail store was rebuilt.
    /// </summary>
    public void ResetUidValidity(string folder = "INBOX") => File.Delete(Path.Combine(FolderPath(folder), "dovecot-uidlist"));

    /// <inheritdoc />
    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child that outlived the kill may still hold a file; the temporary folder is left.
        }
    }

    private string FolderPath(string folder) => folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? Maildir : Path.Combine(Maildir, "." + folder);

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Path.Combine(Root, "run"));
        Directory.CreateDirectory(Path.Combine(Root, "state"));
        MakeMaildir(Maildir);
        var passwd = Path.Combine(Root, "passwd");
        File.WriteAllText(passwd, $"{User}:{{PLAIN}}{Password}::::\n");
        Open(passwd, directory: false);
        Open(Root, directory: true);
        Open(Path.Combine(Root, "home"), directory: true);
        Open(Path.Combine(Root, "home", User), directory: true);
        // As root, mail runs as nobody (Dovecot refuses uid 0); otherwise every process runs as this user.
        var (uid, gid) = s_root ? ("65534", "65534") : (Id("-u"), Id("-g"));
        var me = Environment.UserName;
        var unprivileged = s_root ? "" : $$"""
            default_login_user = {{me}}
            default_internal_user = {{me}}
            service anvil {
              chroot =
            }
            """;
        File.WriteAllText(_config, $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{Root}}/run
            state_dir = {{Root}}/state
            log_path = {{Root}}/dovecot.log
            info_log_path = {{Root}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            auth_failure_delay = 0
            first_valid_uid = 1
            mail_location = maildir:~/Maildir:INDEX=MEMORY
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{passwd}}
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{Root}}/home/%u
            }
            service imap-login {
              {{(s_root ? "" : "chroot =")}}
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            {{unprivileged}}
            """);
    }

    private async Task RunAsync()
    {
        var start = new ProcessStartInfo(Program, ["-F", "-c", _config]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        _process = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // Ready when the port answers; a server that died says so through its log.
        for (int attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dovecot exited ({_process.ExitCode}): {Log}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"dovecot did not listen on {Port}: {Log}");
    }

    private static void MakeMaildir(string path)
    {
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Open(Directory.CreateDirectory(Path.Combine(path, sub)).FullName, directory: true);
        }

        Open(path, directory: true);
    }

    /// <summary>As root, opens a path to the mail processes (they run as nobody); otherwise leaves it as created.</summary>
    private static void Open(string path, bool directory)
    {
        if (!s_root || OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode All = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        const UnixFileMode Search = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(path, directory ? All | Search : All);
    }

    private static string Id(string flag)
    {
        using var process = Process.Start(new ProcessStartInfo("id", flag) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var value = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return value;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
