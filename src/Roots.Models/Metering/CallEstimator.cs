using Microsoft.Extensions.AI;
using Roots.Tokens.Pricing;
using Roots.Tokens.Tokenizers;

namespace Roots.Models.Metering;

/// <summary>
/// Counts a call's tokens with the local tokenizer the price book names for the model: the
/// input as the model will see it (message texts plus the chat format's few tokens per
/// message), the output as the maximum asked for. Thread-safe.
/// </summary>
internal sealed class CallEstimator(PriceBook prices, TokenizerRegistry tokenizers)
{
    // OpenAI's chat format adds about 3 tokens per message and 3 to prime the reply.
    private const int TokensPerMessage = 3;
    private const int ReplyPriming = 3;

    public long CountInput(string model, IEnumerable<ChatMessage> messages)
    {
        var counter = Counter(model);
        long tokens = ReplyPriming;
        foreach (var message in messages)
        {
            tokens += TokensPerMessage + counter.CountTokens(message.Text);
        }

        return tokens;
    }

    public long CountText(string model, string text) => Counter(model).CountTokens(text);

    private ITokenCounter Counter(string model)
    {
        var choice = prices.TokenizerFor(model);
        var counter = tokenizers.Get(choice.Name);
        return counter.IsSuccess ? counter.Value : tokenizers.Get(TokenizerNames.O200kBase).Value;
    }
}
