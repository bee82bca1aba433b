namespace Roots.Models.Doctor;

/// <summary>How bad a doctor finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Works, but costs or risks something (no budget, no price).</summary>
    Warning,

    /// <summary>Calls will fail or go to the wrong place; <c>roots doctor</c> exits 1.</summary>
    Error,
}
