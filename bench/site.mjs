/**
 * npm run bench: builds the site and prints, for each page type, the bytes fetched on load
 * (raw and gzip, by type), the bytes the first search fetches, and search latency in Chromium
 * (Pagefind index init, first query, warm query, and the interface's first result; median of
 * BENCH_RUNS runs, default 7), plus the build time. It prints figures; it asserts nothing.
 *   BENCH_NO_BUILD=1  measure dist/ as it is.   BENCH_RUNS=n  runs per latency figure.
 */
import { BASE_PATH, build, formatTotals, kib, launch, median, recordResponses, serve } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = [
  ['reading view', ''],
  ['unit page', 'recitals/j/'],
  ['about', 'about/'],
  ['search page', 'search/'],
  ['404', 'no-such-page/'],
];

const buildMs = process.env.BENCH_NO_BUILD === '1' ? undefined : build();
const server = await serve('dist');
const browser = await launch();
const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  out(`# Bench of ${server.url} (base ${BASE_PATH}), Chromium ${browser.version()}`);
  out(buildMs === undefined ? 'build: skipped (BENCH_NO_BUILD=1)' : `build (astro build + Pagefind): ${(buildMs / 1000).toFixed(2)} s`);

  out('\n## Bytes on load (HTML + CSS + JS the page fetches; gzip -9)');
  for (const [name, path] of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const recorder = recordResponses(page);
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const { byKind } = await recorder.totals();
    const { line, sum } = formatTotals(byKind);
    const budget = ['html', 'css', 'js'].reduce((n, k) => n + (byKind[k]?.gzip ?? 0), 0);
    out(`${name.padEnd(13)} /${path}: total ${kib(sum.raw)} raw / ${kib(sum.gzip)} gz; HTML+CSS+JS ${kib(budget)} gz (budget 12.0 KiB)`);
    out(`${''.padEnd(14)}${line}`);
    await context.close();
  }

  out('\n## Bytes fetched by the first search ("torture"), after load');
  for (const [name, path, field] of [
    ['header field', 'about/', '#site-search-q'],
    ['search page', 'search/', '#search-page-q'],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const recorder = recordResponses(page);
    await page.focus(field);
    await page.keyboard.type('torture');
    await page.waitForSelector('.search-hit');
    await page.waitForLoadState('networkidle');
    const { byKind } = await recorder.totals();
    const { line, sum } = formatTotals(byKind);
    out(`${name.padEnd(13)}: ${kib(sum.raw)} raw / ${kib(sum.gzip)} gz — ${line}`);
    await context.close();
  }

  out(`\n## Search latency in Chromium, median of ${RUNS} cold runs (each a fresh browser context)`);
  const api = { init: [], first: [], warm: [] };
  const ui = { first: [], warm: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}about/`, { waitUntil: 'networkidle' });
    const timing = await page.evaluate(async (base) => {
      const all = async (pf, q) => {
        const found = await pf.search(q);
        return Promise.all(found.results.map((r) => r.data()));
      };
      const t0 = performance.now();
      const pf = await import(`${base}pagefind/pagefind.js`);
      await pf.options({ baseUrl: base, noWorker: true }); // as the interface does
      await pf.init();
      const t1 = performance.now();
      await all(pf, 'torture');
      const t2 = performance.now();
      await all(pf, 'journalists');
      const t3 = performance.now();
      await pf.destroy();
      return { init: t1 - t0, first: t2 - t1, warm: t3 - t2 };
    }, BASE_PATH);
    api.init.push(timing.init);
    api.first.push(timing.first);
    api.warm.push(timing.warm);
    await context.close();

    // The interface as a reader meets it: from the first keystroke to the first result shown.
    const uiContext = await browser.newContext();
    const uiPage = await uiContext.newPage();
    await uiPage.goto(`${server.url}about/`, { waitUntil: 'networkidle' });
    const typed = (query) =>
      uiPage.evaluate(
        (q) =>
          new Promise((done) => {
            const input = document.querySelector('#site-search-q');
            const status = () => document.querySelector('.search-status')?.textContent ?? '';
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (status().includes(`“${q}”`) && document.querySelector('.search-hit')) {
                observer.disconnect();
                done(performance.now() - t0);
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            input.focus();
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
      );
    ui.first.push(await typed('torture'));
    ui.warm.push(await typed('journalists'));
    await uiContext.close();
  }
  out(`Pagefind API: index init ${ms(median(api.init))} · first query ${ms(median(api.first))} · warm query ${ms(median(api.warm))}`);
  out(`Interface (header field, cold page): first result ${ms(median(ui.first))} · warm query ${ms(median(ui.warm))}`);
} finally {
  await browser.close();
  await server.close();
}
