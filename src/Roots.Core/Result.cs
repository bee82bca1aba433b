namespace Roots.Core;

/// <summary>
/// The outcome of an operation that can fail for a reason a user should read: a value, or a
/// one-line reason. Parsers and stages return this instead of throwing, so a batch can finish
/// its good members and report the bad ones (see CONVENTIONS.md §5).
/// </summary>
/// <typeparam name="T">The value produced on success.</typeparam>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The reason for a failure, written for a person; <c>null</c> on success.</summary>
    public string? Error { get; }

    /// <summary>True when the operation produced a value.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws when read from a failure, which is a programming error.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error}");

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failure with a one-line <paramref name="reason"/>.</summary>
    public static Result<T> Fail(string reason) =>
        new(default, string.IsNullOrWhiteSpace(reason) ? "unknown error" : reason);

    /// <summary>Lets a stage write <c>return value;</c>.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);
}

/// <summary>Composition helpers for <see cref="Result{T}"/>.</summary>
public static class ResultExtensions
{
    /// <summary>Applies <paramref name="map"/> to a success; passes a failure through.</summary>
    public static Result<TOut> Map<TIn, TOut>(this Result<TIn> result, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return result.IsSuccess ? Result<TOut>.Ok(map(result.Value)) : Result<TOut>.Fail(result.Error!);
    }
}
