using System.Text.Json;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>Watches one card on the board page from before a drop, in the page itself: a MutationObserver notes every
/// column the card is drawn in after each change of the page, marked "(saving)" while its drop is being saved, and
/// whether the card was ever missing from every column or drawn twice. It sees each render the browser applies, so
/// no waiting or sampling can miss a blink.</summary>
internal sealed class BoardDropWatch
{
    private const string Install = """
        id => {
          const watch = { missing: false, twice: false, trail: [] };
          const look = () => {
            const cards = [...document.querySelectorAll(`[data-testid=deal-card][data-deal-id="${id}"]`)];
            if (cards.length === 0) watch.missing = true;
            if (cards.length > 1) watch.twice = true;
            const here = cards.map(card =>
              (card.closest('[data-testid=board-column]')?.dataset.stage ?? '?')
              + (card.closest('[aria-busy=true]') ? ' (saving)' : '')).join(' + ') || '(none)';
            if (watch.trail[watch.trail.length - 1] !== here) watch.trail.push(here);
          };
          look();
          new MutationObserver(look).observe(document.body,
            { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
          (window.boardDropWatches ??= {})[id] = watch;
        }
        """;

    private readonly IPage _page;
    private readonly Guid _dealId;

    private BoardDropWatch(IPage page, Guid dealId)
    {
        _page = page;
        _dealId = dealId;
    }

    /// <summary>Starts watching the card of <paramref name="dealId"/>, which must be on the page.</summary>
    public static async Task<BoardDropWatch> StartAsync(IPage page, Guid dealId)
    {
        await page.EvaluateAsync(Install, dealId.ToString());
        return new BoardDropWatch(page, dealId);
    }

    /// <summary>The columns the card was drawn in, in order, each once per stay, e.g.
    /// <c>["Qualified", "Proposal (saving)", "Proposal"]</c>.</summary>
    public async Task<string[]> TrailAsync() =>
        (await ReadAsync()).GetProperty("trail").EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>The card was, after some change of the page, in no column at all.</summary>
    public async Task<bool> WasMissingAsync() => (await ReadAsync()).GetProperty("missing").GetBoolean();

    /// <summary>The card was, after some change of the page, drawn in two places.</summary>
    public async Task<bool> WasTwiceAsync() => (await ReadAsync()).GetProperty("twice").GetBoolean();

    private Task<JsonElement> ReadAsync() =>
        _page.EvaluateAsync<JsonElement>("id => window.boardDropWatches[id]", _dealId.ToString());
}
