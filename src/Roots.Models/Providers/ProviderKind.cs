namespace Roots.Models.Providers;

/// <summary>Which protocol and which host family a configured provider means.</summary>
public enum ProviderKind
{
    /// <summary>api.openai.com.</summary>
    OpenAi,

    /// <summary>Any OpenAI-compatible endpoint (vLLM, LM Studio, a proxy): no host is expected.</summary>
    OpenAiCompatible,

    /// <summary>api.deepseek.com.</summary>
    DeepSeek,

    /// <summary>Alibaba DashScope, compatible mode.</summary>
    Qwen,

    /// <summary>Moonshot (Kimi).</summary>
    Moonshot,

    /// <summary>openrouter.ai.</summary>
    OpenRouter,

    /// <summary>api.anthropic.com (its OpenAI-compatible endpoint).</summary>
    Anthropic,

    /// <summary>Google Gemini (its OpenAI-compatible endpoint).</summary>
    Google,

    /// <summary>A local Ollama through its OpenAI-compatible <c>/v1</c> endpoint; no key.</summary>
    Ollama,
}
