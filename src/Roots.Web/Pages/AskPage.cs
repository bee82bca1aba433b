using Microsoft.AspNetCore.Http;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/ask</c>: a question box over <c>POST /api/ask</c>. The first press shows the estimate (nothing is sent to a
/// model); a second, explicit one asks, and the answer appears with its cited passages and what it cost.
/// </summary>
internal static class AskPage
{
    public static IResult Render(HttpContext context) => Layout.Page(context, "Ask", """
        <h1>Ask</h1>
        <form id="ask" class="inline">
        <input name="question" type="search" placeholder="A question, in any language" required maxlength="2000" size="50" aria-label="question">
        <button type="submit">Estimate</button>
        </form>
        <p id="ask-status" class="meta" aria-live="polite"></p>
        <p><button type="button" id="ask-confirm" hidden>Ask the model</button></p>
        <div id="ask-answer" hidden><p id="ask-text"></p><p class="meta" id="ask-by"></p><ol id="ask-passages"></ol></div>
        """);
}
