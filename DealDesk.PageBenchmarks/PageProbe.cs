using System.Globalization;
using Microsoft.Playwright;

namespace DealDesk.PageBenchmarks;

/// <summary>Times what the user sees from inside the page: a script in every document records, with the page's own
/// clock, the last user event that started an action (key, click, drop) and the first DOM change after which the
/// expected result is on the page. Playwright only waits for the record, so its own round trips are not counted, and
/// no measurement waits a fixed time.</summary>
public static class PageProbe
{
    /// <summary>Longest wait for one result before the run fails with the case's name.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Conditions by name: the page is in a Content-Security-Policy, so the tests are predefined rather than sent.
    // "rows", "cards" and "figures" are also recorded once per document from its start: the time since navigation
    // began (performance.now() counts from the time origin, the start of the navigation).
    public const string Script = """
        (() => {
          if (window.__bench) return;
          const all = s => Array.from(document.querySelectorAll(s));
          // A row is its <tr> (or role=row); in other markup, the largest ancestor holding only this row's name.
          const rowOf = c => {
            let x = c;
            while (x.parentElement && x.parentElement.querySelectorAll('[data-testid=cell-name]').length === 1) x = x.parentElement;
            return x;
          };
          const rows = () => all('[data-testid=cell-name]').map(c => c.closest('tr,[role=row]') || rowOf(c));
          const empty = () => document.querySelector('[data-testid=deals-empty]') !== null;
          const b = window.__bench = { first: {}, last: {}, result: null, probe: null };
          b.tests = {
            rows: () => rows().length > 0 || empty(),
            cards: () => all('[data-testid=board-column]').length > 0 && all('[data-testid=deal-card]').length > 0,
            figures: () => {
              const v = document.querySelector('[data-testid=open-deals-value]');
              return v !== null && v.textContent.trim() !== '' &&
                (all('[data-testid=stage-count]').length > 0 || document.querySelector('[data-testid=pipeline-empty]') !== null);
            },
            dealsRows: () => location.pathname === '/deals' && rows().length > 0,
            boardCards: () => location.pathname === '/pipeline' && all('[data-testid=deal-card]').length > 0,
            // Every row matches the text (deal or account name are in the row's text), and as many rows as the SQL
            // gives (a.rows < 0: not known, any number).
            searched: a => {
              const r = rows();
              if (r.length === 0) return a.rows <= 0 && empty();
              return (a.rows < 0 || r.length === a.rows) && r.every(x => x.textContent.toLowerCase().includes(a.term));
            },
            staged: a => {
              const r = rows();
              if (r.length === 0) return a.rows <= 0 && empty();
              return (a.rows < 0 || r.length === a.rows) && r.every(x => {
                const s = x.querySelector('[data-testid=cell-stage]');
                return s !== null && s.textContent.trim() === a.stage;
              });
            },
            // The card in its new column; with a.snackbars >= 0 a new message (a refused move) also ends the wait.
            cardIn: a => {
              const moved = document.querySelector(
                `[data-testid=board-column][data-stage="${CSS.escape(a.stage)}"] [data-testid=deal-card][data-deal-id="${CSS.escape(a.id)}"]`) !== null;
              if (moved) { b.refused = false; return true; }
              if (a.snackbars >= 0 && all('.mud-snackbar').length > a.snackbars) { b.refused = true; return true; }
              return false;
            },
          };
          for (const type of ['input', 'click', 'drop', 'mouseup', 'pointerup']) {
            addEventListener(type, () => { b.last[type] = performance.now(); }, true);
          }
          const check = () => {
            const now = performance.now();
            for (const name of ['rows', 'cards', 'figures']) {
              if (b.first[name] === undefined && b.tests[name]()) b.first[name] = now;
            }
            const p = b.probe;
            if (p !== null && b.result === null && b.tests[p.test](p.arg)) {
              const starts = p.events.map(e => b.last[e]).filter(t => t !== undefined && t >= p.armedAt);
              if (starts.length > 0) b.result = { start: Math.min(...starts), end: now };
            }
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
          b.arm = (test, arg, events) => {
            b.result = null;
            b.refused = false;
            b.probe = { test, arg, events, armedAt: performance.now() };
            return b.tests[test](arg);
          };
        })();
        """;

    /// <summary>Loads <paramref name="url"/> and returns the milliseconds from the start of the navigation until the
    /// named condition ("rows", "cards", "figures") first held.</summary>
    public static async Task<double> FullLoadAsync(IPage page, string url, string condition, string label)
    {
        await page.GotoAsync(url);
        try
        {
            await page.WaitForFunctionAsync("n => window.__bench !== undefined && window.__bench.first[n] !== undefined",
                condition, new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds, PollingInterval = 25 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{label}: after {Timeout.TotalSeconds:0} s {url} still shows no {condition}.");
        }

        return await page.EvaluateAsync<double>("n => window.__bench.first[n]", condition);
    }

    /// <summary>Arms the named test, performs the action, and returns the milliseconds from the action's last start
    /// event (<paramref name="events"/>, e.g. the last keystroke's input) to the first DOM change after which the
    /// test held, and whether a drop was refused.</summary>
    public static async Task<(double Ms, bool Refused)> ActionAsync(IPage page, string test, object arg, string[] events,
        Func<Task> act, string label)
    {
        var alreadyTrue = await page.EvaluateAsync<bool>("([t, a, e]) => window.__bench.arm(t, a, e)",
            new object[] { test, arg, events });
        if (alreadyTrue)
        {
            throw new InvalidOperationException($"{label}: the page already shows the result before the action.");
        }

        await act();
        try
        {
            await page.WaitForFunctionAsync("() => window.__bench.result !== null", null,
                new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds, PollingInterval = 25 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{label}: no result on the page {Timeout.TotalSeconds:0} s after the action " +
                $"(test {test}, at {page.Url}).");
        }

        var ms = await page.EvaluateAsync<double>("() => window.__bench.result.end - window.__bench.result.start");
        return (ms, await page.EvaluateAsync<bool>("() => window.__bench.refused"));
    }

    /// <summary>Waits until the Blazor circuit has taken over the page (the layout marks it), so events reach it.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=yes]").WaitForAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });

    public static string Ms(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
