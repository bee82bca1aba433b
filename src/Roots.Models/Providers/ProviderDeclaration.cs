using Roots.Core;

namespace Roots.Models.Providers;

/// <summary>
/// A provider as written in <c>roots.yaml</c>, before it is checked: plain strings, so that
/// <c>roots doctor</c> can report an unknown kind or a bad URL instead of failing to load.
/// </summary>
/// <param name="Name">What the user calls it.</param>
/// <param name="Kind">openai | openai-compatible | deepseek | qwen | moonshot | openrouter | anthropic | google | ollama.</param>
/// <param name="BaseUrl">The API root, or null for the kind's default.</param>
/// <param name="KeyEnv">The environment variable holding the key.</param>
/// <param name="Models">The models the user means to call.</param>
/// <param name="Fallback">The name of the provider to try when this one keeps failing, if any.</param>
/// <param name="AllowHostMismatch">True when the user says the base URL is a gateway (<c>allow_host_mismatch: true</c>).</param>
public sealed record ProviderDeclaration(
    string Name, string Kind, string? BaseUrl, string? KeyEnv, IReadOnlyList<string> Models, string? Fallback = null, bool AllowHostMismatch = false)
{
    /// <summary>
    /// The options every call is built from, or the one-line reason they are not usable: besides <see cref="Parse"/>'s
    /// checks, a kind whose hosts do not include the base URL's host fails (<see cref="KindHostMismatch"/>) unless allowed,
    /// so no request, and no key, goes to a host the kind does not own.
    /// </summary>
    public Result<ProviderOptions> ToOptions()
    {
        var parsed = Parse();
        if (parsed.IsSuccess && KindHostMismatch.Blocking(parsed.Value) is { } mismatch)
        {
            return Result<ProviderOptions>.Fail(mismatch.Refusal(parsed.Value.Name));
        }

        return parsed;
    }

    /// <summary>The options as written (name, kind, URL syntax checked), for <c>roots doctor</c>, which reports a host mismatch itself.</summary>
    public Result<ProviderOptions> Parse()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return Result<ProviderOptions>.Fail("a provider has no name; give each provider a name");
        }

        if (ProviderCatalog.Parse(Kind) is not { } kind)
        {
            return Result<ProviderOptions>.Fail(
                $"provider '{Name}': unknown kind '{Kind}'; use one of {string.Join(", ", ProviderCatalog.All.Select(e => e.Name))}");
        }

        Uri? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && (!Uri.TryCreate(BaseUrl.Trim(), UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
        {
            return Result<ProviderOptions>.Fail($"provider '{Name}': base_url '{BaseUrl}' is not an http(s) URL");
        }

        return new ProviderOptions(Name.Trim(), kind, baseUrl, string.IsNullOrWhiteSpace(KeyEnv) ? null : KeyEnv.Trim(), Models, AllowHostMismatch);
    }
}
