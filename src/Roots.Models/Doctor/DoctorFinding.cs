namespace Roots.Models.Doctor;

/// <summary>One thing <c>roots doctor</c> found: how bad, about what, what is wrong and how to fix it.</summary>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="Subject">The provider name, <c>budgets</c>, or <c>roots.yaml</c>.</param>
/// <param name="Code">A stable short code for scripts (<c>kind-host-mismatch</c>, <c>missing-key</c> …).</param>
/// <param name="Message">What is wrong, in one line, never containing a key.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record DoctorFinding(FindingSeverity Severity, string Subject, string Code, string Message, string Fix);
