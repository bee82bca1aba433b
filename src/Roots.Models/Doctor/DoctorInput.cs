using Roots.Models.Providers;
using Roots.Tokens.Pricing;

namespace Roots.Models.Doctor;

/// <summary>What <see cref="ProviderDoctor"/> examines.</summary>
/// <param name="Providers">The providers as declared.</param>
/// <param name="ConfigText">The raw text of <c>roots.yaml</c> (for keys written into it), or empty.</param>
/// <param name="BudgetsSet">True when at least one budget is configured.</param>
/// <param name="Keys">Reads the key variables.</param>
/// <param name="Prices">The price book in force.</param>
public sealed record DoctorInput(
    IReadOnlyList<ProviderDeclaration> Providers, string ConfigText, bool BudgetsSet, ProviderKeys Keys, PriceBook Prices);
