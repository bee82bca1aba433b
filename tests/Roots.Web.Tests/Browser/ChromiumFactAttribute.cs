namespace Roots.Web.Tests.Browser;

/// <summary>A fact that runs only where Debian's chromium is installed (<c>.ci/run</c> installs it); skipped with a message elsewhere.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is missing: apt-get install -y chromium (Playwright's own browser download is not used)";
        }
    }
}
