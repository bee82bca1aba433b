namespace Roots.Publish.Metadata;

/// <summary>
/// The licence a publication is released under, named by its SPDX identifier
/// (<c>CC-BY-4.0</c>), with the URL of its text and its full name.
/// </summary>
/// <param name="SpdxId">The SPDX licence identifier, such as <c>CC-BY-4.0</c> or <c>CC0-1.0</c>.</param>
/// <param name="Url">The URL of the licence text; <c>null</c> when unknown.</param>
/// <param name="Name">The full name, such as "Creative Commons Attribution 4.0 International"; <c>null</c> to use the SPDX id.</param>
public sealed record License(string SpdxId, string? Url = null, string? Name = null)
{
    private static readonly Dictionary<string, (string Url, string Name)> s_known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CC-BY-4.0"] = ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0 International"),
        ["CC-BY-SA-4.0"] = ("https://creativecommons.org/licenses/by-sa/4.0/", "Creative Commons Attribution Share Alike 4.0 International"),
        ["CC-BY-ND-4.0"] = ("https://creativecommons.org/licenses/by-nd/4.0/", "Creative Commons Attribution No Derivatives 4.0 International"),
        ["CC-BY-NC-4.0"] = ("https://creativecommons.org/licenses/by-nc/4.0/", "Creative Commons Attribution Non Commercial 4.0 International"),
        ["CC-BY-NC-SA-4.0"] = ("https://creativecommons.org/licenses/by-nc-sa/4.0/", "Creative Commons Attribution Non Commercial Share Alike 4.0 International"),
        ["CC-BY-NC-ND-4.0"] = ("https://creativecommons.org/licenses/by-nc-nd/4.0/", "Creative Commons Attribution Non Commercial No Derivatives 4.0 International"),
        ["CC0-1.0"] = ("https://creativecommons.org/publicdomain/zero/1.0/", "Creative Commons Zero v1.0 Universal"),
        ["MIT"] = ("https://opensource.org/licenses/MIT", "MIT License"),
        ["Apache-2.0"] = ("https://www.apache.org/licenses/LICENSE-2.0", "Apache License 2.0"),
    };

    /// <summary>
    /// The licence for an SPDX id, with URL and name filled in for the common Creative Commons and
    /// open-source licences, so configuration can say just <c>CC-BY-4.0</c>.
    /// </summary>
    public static License FromSpdx(string spdxId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spdxId);
        string id = spdxId.Trim();
        return s_known.TryGetValue(id, out var known)
            ? new License(s_known.Keys.First(k => k.Equals(id, StringComparison.OrdinalIgnoreCase)), known.Url, known.Name)
            : new License(id);
    }

    /// <summary>The full name when known, otherwise the SPDX id.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? SpdxId : Name;
}
