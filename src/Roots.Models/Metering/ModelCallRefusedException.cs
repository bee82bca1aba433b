namespace Roots.Models.Metering;

/// <summary>
/// A call refused before it was sent, because its estimate would cross a budget (or could not
/// be checked against one). The message is the one line the user reads: what, why, what to do.
/// </summary>
public sealed class ModelCallRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelCallRefusedException()
        : base("model call refused")
    {
    }

    /// <summary>Creates the exception with the user's message.</summary>
    public ModelCallRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the user's message and a cause.</summary>
    public ModelCallRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
