using Microsoft.Extensions.AI;

namespace Roots.Models.Metering;

/// <summary>
/// What a call is for, carried in <see cref="ChatOptions.AdditionalProperties"/> so that the
/// metering middleware can write it into the ledger without a second channel. These keys are
/// not sent to the provider (the HTTP adapter writes only the fields it knows).
/// </summary>
public static class ModelCall
{
    /// <summary>The key of the operation (summarize, ask, tag …).</summary>
    public const string OperationKey = "roots.operation";

    /// <summary>The key of the item id.</summary>
    public const string ItemKey = "roots.item";

    /// <summary>Chat options for <paramref name="operation"/> on <paramref name="itemId"/> with <paramref name="model"/>.</summary>
    public static ChatOptions Options(string operation, long? itemId = null, string? model = null, int? maxOutputTokens = null)
    {
        var options = new ChatOptions { ModelId = model, MaxOutputTokens = maxOutputTokens, AdditionalProperties = [] };
        options.AdditionalProperties[OperationKey] = operation;
        if (itemId is { } id)
        {
            options.AdditionalProperties[ItemKey] = id;
        }

        return options;
    }

    /// <summary>The operation named in <paramref name="options"/>, or <c>chat</c>.</summary>
    public static string OperationOf(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(OperationKey, out var value) == true && value is string s ? s : "chat";

    /// <summary>The item named in <paramref name="options"/>, or null.</summary>
    public static long? ItemOf(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(ItemKey, out var value) == true && value is long id ? id : null;
}
