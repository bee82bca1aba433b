namespace Roots.Core.Ports;

/// <summary>A search as the index sees it: analysed terms and conditions.</summary>
/// <param name="Terms">Distinct analysed query terms; any may match (ranked by BM25).</param>
/// <param name="Filter">Conditions on items and paging.</param>
/// <param name="TitleWeight">How much a match in the title counts against one in the body (default 2).</param>
public sealed record SearchRequest(IReadOnlyList<string> Terms, ItemFilter Filter, double TitleWeight = SearchRequest.DefaultTitleWeight)
{
    /// <summary>The default title boost, tuned on SciFact (see bench/README.md).</summary>
    public const double DefaultTitleWeight = 2.0;
}
